package org.metaspin.runtime.physics;

import java.util.Map;
import java.util.TreeMap;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.random.RandomStream;

/**
 * Device-to-device variation of an array (§8.5): where each variability name acts, the
 * per-device draws, and their application either to a device (through its properties, what a
 * program sees) or to its flat numbers (what the array kernel uses for 10^6 devices). Device
 * {@code index} draws from {@code RandomStream.of(seed, KEY, index)}, the names in sorted order,
 * each factor {@code 1 + sigma * N(0, 1)} drawn again until it is positive.
 */
final class Variation {
    static final long KEY = 0x5641_5249_4142_4CL; // "VARIABL": the variability stream's domain

    enum Target { FREE, CHANNEL, GATE_OXIDE, STACK, FREE_THICKNESS, SHAPE, GATE_BLOCK, DEVICE }

    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("Ms", Target.FREE), Map.entry("Ku", Target.FREE), Map.entry("Aex", Target.FREE),
            Map.entry("alpha", Target.FREE), Map.entry("Tt", Target.FREE), Map.entry("dTt_dB", Target.FREE),
            Map.entry("Tc", Target.FREE), Map.entry("cv", Target.FREE),
            Map.entry("thetaSH", Target.CHANNEL), Map.entry("rho", Target.CHANNEL),
            Map.entry("epsR", Target.GATE_OXIDE),
            Map.entry("Ks", Target.STACK),
            Map.entry("tFree", Target.FREE_THICKNESS),
            Map.entry("diameter", Target.SHAPE),
            Map.entry("dKs", Target.GATE_BLOCK), Map.entry("tau", Target.GATE_BLOCK), Map.entry("V0", Target.GATE_BLOCK),
            Map.entry("Vs", Target.GATE_BLOCK), Map.entry("retention", Target.GATE_BLOCK), Map.entry("Vth", Target.GATE_BLOCK),
            Map.entry("Ea", Target.GATE_BLOCK), Map.entry("qIon", Target.GATE_BLOCK),
            Map.entry("T", Target.DEVICE), Map.entry("tau0", Target.DEVICE), Map.entry("dNuc", Target.DEVICE),
            Map.entry("channelWidth", Target.DEVICE), Map.entry("channelLength", Target.DEVICE), Map.entry("xiFL", Target.DEVICE),
            Map.entry("Bdet", Target.DEVICE));

    final String[] names;   // sorted, only those with sigma > 0
    final double[] sigmas;

    private Variation(String[] names, double[] sigmas) {
        this.names = names;
        this.sigmas = sigmas;
    }

    static final Variation NONE = new Variation(new String[0], new double[0]);

    /** Checks every name against the device: known, and set where it acts. */
    static Variation of(String who, Variability v, Device d) {
        if (v == null) return NONE;
        TreeMap<String, Double> sorted = new TreeMap<>();
        for (String name : v.props().names()) {
            Target t = TARGETS.get(name);
            if (t == null) throw RuntimeFailure.invalid(who + ": variability of `" + name + "`: not a property a device instance can vary (one of " + new TreeMap<>(TARGETS).keySet() + ")");
            requireSet(who, name, t, d);
            if (v.sigma(name) > 0) sorted.put(name, v.sigma(name));
        }
        return new Variation(sorted.keySet().toArray(new String[0]), sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void requireSet(String who, String name, Target t, Device d) {
        DeviceParams p = d.params();
        String lack = switch (t) {
            case FREE -> d.stack().free().has(name) ? null : "the free material " + Stack.name(d.stack().free()) + " has no `" + name + "`";
            case CHANNEL -> Double.isNaN(p.tCh) ? d.stack().describe() + " has no write channel"
                    : d.stack().channel().has(name) ? null : "the channel material " + Stack.name(d.stack().channel()) + " has no `" + name + "`";
            case GATE_OXIDE -> Double.isNaN(p.tGate) ? d.stack().describe() + " has no gate oxide"
                    : d.stack().gate().has(name) ? null : "the gate material " + Stack.name(d.stack().gate()) + " has no `" + name + "`";
            case GATE_BLOCK -> d.hasGate() ? null : d.describe() + " has no `gate`";
            case DEVICE -> name.equals("tau0") && Double.isNaN(p.tau0) ? d.describe() + " sets no `tau0` (it uses Brown's)" : null;
            default -> null;
        };
        if (lack != null) throw RuntimeFailure.invalid(who + ": variability of `" + name + "`: " + lack);
    }

    boolean isEmpty() { return names.length == 0; }

    /** The factors of device {@code index}, one per name of {@link #names}. */
    double[] factors(long seed, long index) {
        double[] f = new double[names.length];
        if (f.length == 0) return f;
        RandomStream rs = RandomStream.of(seed, KEY, index);
        for (int k = 0; k < f.length; k++) {
            double x;
            do {
                x = 1 + sigmas[k] * rs.nextGaussian();
            } while (!(x > 0));
            f[k] = x;
        }
        return f;
    }

    /** The varied flat numbers: the kernel's path. */
    DeviceParams apply(DeviceParams base, double[] f) {
        DeviceParams p = base.clone();
        for (int k = 0; k < names.length; k++) {
            double x = f[k];
            switch (names[k]) {
                case "Ms" -> p.ms *= x;
                case "Ku" -> p.ku *= x;
                case "Aex" -> p.aex *= x;
                case "alpha" -> p.alpha *= x;
                case "Tt" -> p.tt *= x;
                case "dTt_dB" -> p.dTtdB *= x;
                case "Tc" -> p.tc *= x;
                case "cv" -> p.cv *= x;
                case "thetaSH" -> p.thetaSH *= x;
                case "rho" -> p.rho *= x;
                case "epsR" -> p.epsR *= x;
                case "Ks" -> p.ks *= x;
                case "tFree" -> p.tFree *= x;
                case "diameter" -> {
                    p.area *= x * x;
                    p.width *= x;
                    p.shapeA *= x;
                    p.shapeB *= x;
                    if (p.wChFromShape) p.wCh *= x;
                    if (p.lChFromShape) p.lCh *= x;
                }
                case "dKs" -> p.dKs *= x;
                case "tau" -> p.gateTau *= x;
                case "V0" -> p.gateV0 *= x;
                case "Vs" -> p.gateVs *= x;
                case "retention" -> p.gateRetention *= x;
                case "Vth" -> p.vth *= x;
                case "Ea" -> p.ea *= x;
                case "qIon" -> p.qIon *= x;
                case "Bdet" -> p.bdet *= x;
                case "T" -> p.temperature *= x;
                case "tau0" -> p.tau0 *= x;
                case "dNuc" -> p.dNuc *= x;
                case "channelWidth" -> p.wCh *= x;
                case "channelLength" -> p.lCh *= x;
                case "xiFL" -> p.xiFL *= x;
                default -> throw new IllegalStateException(names[k]);
            }
        }
        p.derive();
        return p;
    }

    /** The varied device, rebuilt through its properties: what a program sees. */
    Device apply(Device base, double[] f, long index) {
        Stack st = base.stack();
        Props free = st.free().props(), ch = null, ox = null;
        Props stack = st.props(), dev = base.props(), gate = base.hasGate() ? base.gate().props() : null;
        double thickness = st.tFree(), diameter = 1, cw = 1, cl = 1;
        for (int k = 0; k < names.length; k++) {
            String n = names[k];
            double x = f[k];
            switch (TARGETS.get(n)) {
                case FREE -> free = free.with(n, free.real(n) * x);
                case CHANNEL -> ch = (ch == null ? st.channel().props() : ch).with(n, st.channel().props().real(n) * x);
                case GATE_OXIDE -> ox = (ox == null ? st.gate().props() : ox).with(n, st.gate().props().real(n) * x);
                case STACK -> stack = stack.with(n, st.Ks() * x);
                case FREE_THICKNESS -> thickness *= x;
                case SHAPE -> diameter = x;
                case GATE_BLOCK -> gate = gate.with(n, gate.real(n) * x);
                case DEVICE -> {
                    if (n.equals("channelWidth")) cw = x;
                    else if (n.equals("channelLength")) cl = x;
                    else dev = dev.with(n, dev.real(n) * x);
                }
            }
        }
        Layer[] layers = st.layers();
        Material newFree = Material.create(free);
        layers[st.freeIndex()] = new Layer(newFree, thickness);
        stack = stack.with("layers", layers).with("free", newFree);
        if (ch != null) {
            Material m = Material.create(ch);
            layers[st.channelIndex()] = new Layer(m, st.layerAt(st.channelIndex()).thickness());
            if (stack.has("channel")) stack = stack.with("channel", m);
        }
        if (ox != null) {
            Material m = Material.create(ox);
            layers[st.gateIndex()] = new Layer(m, st.layerAt(st.gateIndex()).thickness());
            stack = stack.with("gate", m);
        }
        DeviceParams p = base.params();
        if (cw != 1) dev = dev.with("channelWidth", p.wCh * (p.wChFromShape ? diameter : 1) * cw);
        if (cl != 1) dev = dev.with("channelLength", p.lCh * (p.lChFromShape ? diameter : 1) * cl);
        dev = dev.with("stack", Stack.create(stack.with("layers", layers)));
        if (diameter != 1) dev = dev.with("shape", base.shape().scaled(diameter));
        if (gate != null) dev = dev.with("gate", Gate.create(gate));
        return Device.instance(dev.named(base.describe() + "[" + index + "]"), index);
    }
}
