package org.metaspin.runtime.physics;

import java.util.List;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;

/**
 * A layer stack (§8.2). The free layer is found by value; the channel defaults to the layer
 * right below it. Keff and Hk here are at hidden state 0; the device adds the gate's dKs.
 */
@DomainType(name = "Stack", kind = "stack",
        doc = "Layers bottom to top, the free (storage) layer, the write channel, the gate oxide and the interfacial anisotropy Ks.")
public final class Stack extends KindValue {
    private final Layer[] layers;
    private final int free;
    private final int channel; // -1: none below the free layer and none given
    private final int gate;    // -1: no gate oxide

    private Stack(Props completed, Layer[] layers, int free, int channel, int gate) {
        super(completed);
        this.layers = layers;
        this.free = free;
        this.channel = channel;
        this.gate = gate;
    }

    public static Stack create(Props p) {
        Props c = Schema.of(Stack.class).complete(p);
        String who = c.owner();
        Layer[] layers = layerArray(who, c.get("layers"));
        if (layers.length == 0) throw RuntimeFailure.invalid(who + ": `layers` is empty");
        Material freeMat = c.object("free", Material.class);
        int free = -1;
        for (int i = 0; i < layers.length; i++) {
            if (layers[i].material().equals(freeMat)) {
                if (free >= 0) throw RuntimeFailure.invalid(who + ": the free material " + name(freeMat) + " occurs more than once in `layers`");
                free = i;
            }
        }
        if (free < 0) throw RuntimeFailure.invalid(who + ": the free material " + name(freeMat) + " is not in `layers`");
        int channel = free > 0 ? free - 1 : -1;
        if (c.has("channel")) channel = nearest(who, "channel", layers, c.object("channel", Material.class), free);
        int gate = c.has("gate") ? nearest(who, "gate", layers, c.object("gate", Material.class), free) : -1;
        return new Stack(c, layers, free, channel, gate);
    }

    private static Layer[] layerArray(String who, Object v) {
        if (v instanceof Layer[] a) return a.clone();
        if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof Layer)) return l.toArray(new Layer[0]);
        if (v instanceof Layer single) return new Layer[] {single};
        throw RuntimeFailure.invalid(who + ": `layers` is not a list of layers");
    }

    /** The occurrence of {@code m} closest to the free layer: a stack may repeat an oxide or a metal. */
    private static int nearest(String who, String role, Layer[] layers, Material m, int free) {
        int best = -1;
        for (int i = 0; i < layers.length; i++) {
            if (i != free && layers[i].material().equals(m) && (best < 0 || Math.abs(i - free) < Math.abs(best - free))) best = i;
        }
        if (best < 0) throw RuntimeFailure.invalid(who + ": the " + role + " material " + name(m) + " is not in `layers`");
        return best;
    }

    static String name(Material m) { return ArgumentChecks.bareName(m.describe()); }

    @Prop(required = true, doc = "The layers, bottom to top (`Pt(5 nm) / CoFeB(1.1 nm) / MgO(2 nm)`).")
    public Layer[] layers() { return layers.clone(); }

    @Prop(required = true, doc = "The ferromagnetic layer that stores the bit; occurs exactly once in `layers`.")
    public Material free() { return layers[free].material(); }

    @Prop(defaultDoc = "the layer right below `free`", doc = "Heavy-metal layer that carries the write current.")
    public Material channel() {
        if (channel < 0) throw RuntimeFailure.invalid(describe() + ": no layer below the free layer carries the write current; set `channel`");
        return layers[channel].material();
    }

    @Prop(doc = "Oxide layer used for magneto-ionic gating; optional.")
    public Material gate() {
        if (gate < 0) throw RuntimeFailure.missing(describe() + " has no `gate`: the property is not set");
        return layers[gate].material();
    }

    @Prop(dim = "J/m^2", def = 0, defaultDoc = "0 J/m^2", doc = "Interfacial anisotropy of the free layer, both interfaces together.")
    public double Ks() { return props().real("Ks"); }

    @Prop(dim = "m", derived = true, doc = "Thickness of the free layer.")
    public double tFree() { return layers[free].thickness(); }

    @Prop(dim = "J/m^3", derived = true, doc = "Effective anisotropy Ku + Ks / tFree - mu0 * Ms^2 / 2 (positive: perpendicular).")
    public double Keff() { return Anisotropy.keff(ku(), Ks(), tFree(), ms("")); }

    @Prop(dim = "A/m", derived = true, doc = "Effective anisotropy field 2 * Keff / (mu0 * Ms).")
    public double Hk() {
        double ms = ms("");
        return Anisotropy.hk(Anisotropy.keff(ku(), Ks(), tFree(), ms), ms);
    }

    @Prop(derived = true, doc = "Keff > 0: the free layer's easy axis is out of plane.")
    public boolean perpendicular() { return Keff() > 0; }

    int freeIndex() { return free; }

    int channelIndex() { return channel; }

    int gateIndex() { return gate; }

    Layer layerAt(int i) { return layers[i]; }

    int layerCount() { return layers.length; }

    /** Ms of the free layer; {@code who} prefixes the message ("device Synapse: "). */
    double ms(String who) {
        Material f = free();
        if (!f.has("Ms")) throw RuntimeFailure.missing(who + describe() + ": the free material " + name(f) + " has no `Ms`");
        return f.Ms();
    }

    double ku() { return free().has("Ku") ? free().Ku() : 0; }

    /** Thickness of the write channel; R0005 when there is none. */
    double tChannel() {
        channel();
        return layers[channel].thickness();
    }
}
