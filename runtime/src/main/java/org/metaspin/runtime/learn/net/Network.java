package org.metaspin.runtime.learn.net;

import java.util.List;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.physics.PhysicsSeed;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.random.RandomStream;

/**
 * A multilayer perceptron (§8.6): the one mutable value of the language. Binary networks
 * follow Courbariaux et al. and Laborieux et al. 2021: the forward uses sign(W_h) of real
 * hidden weights, batch norm after every linear layer, sign activations after hidden
 * layers. A real network (binary = false) uses W directly and ReLU after hidden layers.
 */
@DomainType(name = "Network", kind = "network", doc = "A multilayer perceptron, binary (BNN) by default; mutable: train "
        + "changes it in place. Members: inputs, outputs, hidden (current widths), binary, norm, seed, grow.")
public final class Network extends KindValue {
    private static final long KEY_INIT = 0x494e4954L;
    private static final long KEY_GROW = 0x47524f57L;

    private final int inputs;
    private final int outputs;
    private final boolean binary;
    private final String norm;
    private final long seed;
    private final Growth growth;
    private LinearLayer[] layers;
    private Memory memory;
    /** The devices behind the weights (§10.3), or null for ideal synapses. */
    private DeviceSynapses devices;
    private int growths;
    private long trainCalls;
    /** Bumped whenever the shape changes, so cached workspaces know they are stale. */
    private int shapeVersion;
    /** The evaluation workspace of the last evaluated set size; rebuilt when stale. */
    private Pass evalPass;
    /** The training workspace of the last train call, kept for the next one; null while a call holds it. */
    private Pass trainPass;

    private Network(Props props, int inputs, int[] hidden, int outputs, boolean binary, String norm, long seed, Growth growth,
                    SynapseArray synapses) {
        super(props);
        this.inputs = inputs;
        this.outputs = outputs;
        this.binary = binary;
        this.norm = norm;
        this.seed = seed;
        this.growth = growth;
        this.memory = new Memory();
        int[] widths = new int[hidden.length + 2];
        widths[0] = inputs;
        for (int i = 0; i < hidden.length; i++) widths[i + 1] = growth.grows() ? (int) growth.initial() : hidden[i];
        widths[widths.length - 1] = outputs;
        layers = new LinearLayer[widths.length - 1];
        boolean bn = norm.equals("batch");
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new LinearLayer(widths[l], widths[l + 1], binary, binary && l > 0, bn);
            layers[l].initialize(RandomStream.of(seed, KEY_INIT, l));
        }
        if (synapses != null) devices = new DeviceSynapses(synapses, layers, seed, PhysicsSeed.get());
    }

    /** The kind's factory: checks the properties of a {@code network} declaration and builds the network. */
    public static Network create(Props given) {
        Props p = Schema.of(Network.class).complete(given);
        String owner = p.owner();
        long in = p.integer("inputs");
        long out = p.integer("outputs");
        if (in < 1 || out < 1) throw RuntimeFailure.invalid(owner + ": inputs and outputs must be at least 1");
        int[] hidden = widths(p.has("hidden") ? p.get("hidden") : new long[0], owner);
        boolean binary = p.bool("binary", true);
        String norm = p.has("norm") ? p.object("norm", String.class) : "batch";
        if (!norm.equals("batch") && !norm.equals("none")) {
            throw RuntimeFailure.invalid(owner + ": norm must be \"batch\" or \"none\", got \"" + norm + "\"");
        }
        SynapseArray synapses = p.object("synapses", SynapseArray.class, null);
        Growth g = p.object("grow", Growth.class, Growth.NONE);
        if (g.grows() && hidden.length == 0) throw RuntimeFailure.invalid(owner + ": grow needs at least one hidden layer");
        if (g.grows() && synapses != null) {
            throw RuntimeFailure.invalid(owner + ": a network on devices (synapses = " + synapses.describe() + ") cannot grow: its "
                    + "tiles are fixed hardware");
        }
        return new Network(p, (int) in, hidden, (int) out, binary, norm, p.integer("seed", 1), g, synapses);
    }

    private static int[] widths(Object v, String owner) {
        long[] ls;
        if (v instanceof long[] a) ls = a;
        else if (v instanceof int[] a) ls = java.util.Arrays.stream(a).asLongStream().toArray();
        else if (v instanceof List<?> list) ls = list.stream().mapToLong(o -> ((Number) o).longValue()).toArray();
        else throw RuntimeFailure.invalid(owner + ": hidden must be a list of Int");
        int[] out = new int[ls.length];
        for (int i = 0; i < ls.length; i++) {
            if (ls[i] < 1 || ls[i] > 1 << 16) throw RuntimeFailure.invalid(owner + ": hidden layer width " + ls[i] + " out of range 1..65536");
            out[i] = (int) ls[i];
        }
        return out;
    }

    private Network(Network o) {
        super(o.props());
        inputs = o.inputs;
        outputs = o.outputs;
        binary = o.binary;
        norm = o.norm;
        seed = o.seed;
        growth = o.growth;
        layers = new LinearLayer[o.layers.length];
        for (int l = 0; l < layers.length; l++) layers[l] = o.layers[l].copy();
        memory = o.memory.copy();
        devices = o.devices == null ? null : o.devices.copy();
        growths = o.growths;
        trainCalls = o.trainCalls;
    }

    /** An independent deep copy: weights, batch-norm parameters and optimizer memory. */
    public Network copy() { return new Network(this); }

    @Prop(required = true, doc = "Number of inputs.")
    public long inputs() { return inputs; }

    @Prop(required = true, doc = "Number of outputs (classes).")
    public long outputs() { return outputs; }

    @Prop(defaultDoc = "[]", doc = "Widths of the hidden layers (current widths when the network grows).")
    public long[] hidden() {
        long[] h = new long[layers.length - 1];
        for (int i = 0; i < h.length; i++) h[i] = layers[i].out;
        return h;
    }

    @Prop(defaultDoc = "true", doc = "Binary weights sign(W_h) and sign activations (BNN); false: real weights and ReLU.")
    public boolean binary() { return binary; }

    @Prop(defaultDoc = "\"batch\"", doc = "\"batch\": batch norm (affine, batch statistics) after every linear layer; \"none\": a bias instead.")
    public String norm() { return norm; }

    @Prop(defaultDoc = "ideal synapses", doc = "The array whose devices are the weights (device in the loop, §10.3): binary "
            + "networks on compact-model devices with a gate, real-valued ones on analog devices.")
    public SynapseArray synapses() {
        if (devices == null) throw RuntimeFailure.invalid(this + " has ideal synapses: no `synapses` array");
        return devices.array();
    }

    /** The devices behind the weights, or null for ideal synapses. */
    public DeviceSynapses devices() { return devices; }

    @Prop(def = 1, doc = "Initialization seed; also keys the shuffling of training data.")
    public long seed() { return seed; }

    @Prop(defaultDoc = "no_growth()", doc = "Growth policy of the hidden layers (neurogenesis(…)).")
    public Growth grow() { return growth; }

    public int layerCount() { return layers.length; }

    public LinearLayer layer(int l) { return layers[l]; }

    public Memory memory() { return memory; }

    public int inputWidth() { return inputs; }

    public int outputWidth() { return outputs; }

    public int maxWidth() {
        int m = inputs;
        for (LinearLayer l : layers) m = Math.max(m, l.out);
        return m;
    }

    public Growth growth() { return growth; }

    Pass evalPass() { return evalPass; }

    void evalPass(Pass p) { evalPass = p; }

    synchronized Pass takeTrainPass() {
        Pass p = trainPass;
        trainPass = null;
        return p;
    }

    synchronized void keepTrainPass(Pass p) { trainPass = p; }

    public int shapeVersion() { return shapeVersion; }

    /** Counts train calls; the count keys the shuffle streams so two calls do not see one order. */
    public long nextTrainCall() { return trainCalls++; }

    /** Widens every hidden layer by the policy's step, capped at its max; false when nothing grew. */
    public boolean growHidden() {
        if (!growth.grows()) return false;
        boolean grew = false;
        int[] oldOut = new int[layers.length];
        for (int l = 0; l < layers.length; l++) oldOut[l] = layers[l].out;
        growths++;
        for (int l = 0; l < layers.length; l++) {
            LinearLayer old = layers[l];
            int newIn = l == 0 ? old.in : layers[l - 1].out;
            int newOut = l == layers.length - 1 ? old.out : (int) Math.min(growth.max(), old.out + growth.step());
            if (newIn == old.in && newOut == old.out) continue;
            grew = true;
            layers[l] = old.widened(newIn, newOut, RandomStream.of(seed, KEY_GROW, growths, l));
            memory.widen(l, old.in, old.out, newIn, newOut);
        }
        if (grew) shapeVersion++;
        return grew;
    }

    @Override
    public boolean equals(Object o) { return this == o; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(binary ? "BNN " : "MLP ").append(inputs);
        for (LinearLayer l : layers) s.append('-').append(l.out);
        if (devices != null) s.append(" on ").append(devices.array().describe());
        return s.toString();
    }
}
