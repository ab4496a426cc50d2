package org.metaspin.runtime.learn.net;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/**
 * Forward and backward passes of one network for batches of up to {@code capacity} samples:
 * the {@link Workspace} of activations, the {@link EffectiveWeights}, the {@link Forward} and
 * {@link Backward} passes over them, the {@link Loss}, and for training the
 * {@link Gradients}. Everything is allocated here once, so a training step allocates no
 * buffers. The order of the calls of one step is the optimizer session's (see
 * {@code optim.Session#batch}).
 */
public final class Pass {
    final Network net;
    final int capacity;
    final boolean training;
    private final LinearLayer[] layers;
    private final int shapeVersion;
    private final WorkerPool pool;
    private final Workspace ws;
    private final EffectiveWeights weights;
    private final Forward forward;
    private final Backward backward;
    private final Gradients gradients;
    private final Map<Scratch<?>, Object> scratch = new IdentityHashMap<>();

    public Pass(Network net, int capacity, boolean training, WorkerPool pool) {
        this.net = net;
        this.capacity = capacity;
        this.training = training;
        this.pool = pool;
        this.shapeVersion = net.shapeVersion();
        layers = new LinearLayer[net.layerCount()];
        for (int l = 0; l < layers.length; l++) layers[l] = net.layer(l);
        ws = new Workspace(net, layers, capacity, training);
        weights = new EffectiveWeights(layers, training, pool);
        forward = new Forward(layers, net.binary(), ws, weights, pool);
        gradients = training ? new Gradients(layers) : null;
        backward = training ? new Backward(net, layers, ws, weights, gradients, pool) : null;
    }

    public boolean stale() { return net.shapeVersion() != shapeVersion; }

    /**
     * A training workspace for {@code net}: the one the last train call of {@code net} gave
     * back with {@link #release()} if it still fits (same shape, capacity and pool), else a
     * new one. A reused workspace keeps its cached weight signs, which {@link #prepareWeights()}
     * brings up to date by comparing with the current weights, so results are the same.
     */
    public static Pass forTraining(Network net, int capacity, WorkerPool pool) {
        Pass p = net.takeTrainPass();
        if (p != null && !p.stale() && p.capacity == capacity && p.pool == pool) {
            p.useHiddenWeights();
            return p;
        }
        return new Pass(net, capacity, true, pool);
    }

    /** Gives a training workspace back to its network for the next train call. */
    public void release() {
        if (training && !stale()) net.keepTrainPass(this);
    }

    /**
     * A kind of per-workspace scratch an optimizer keeps with the workspace (sized to it), so
     * a train call need not reallocate it. Compared by identity: one constant per kind.
     */
    public static final class Scratch<T> {
        private final String name;

        public Scratch(String name) { this.name = name; }

        @Override
        public String toString() { return name; }
    }

    /** The scratch of that kind kept with this workspace, made by {@code make} the first time. */
    public <T> T scratch(Scratch<T> kind, Function<Pass, T> make) {
        @SuppressWarnings("unchecked") // put below only under the same key, with a value of its type
        T v = (T) scratch.get(kind);
        if (v == null) {
            v = make.apply(this);
            scratch.put(kind, v);
        }
        return v;
    }

    public int layerCount() { return layers.length; }

    public LinearLayer layer(int l) { return layers[l]; }

    public int batch() { return ws.batch(); }

    public int capacity() { return capacity; }

    /** The gradients of the last {@link #backward}; null in an evaluation workspace. */
    public Gradients gradients() { return gradients; }

    /** Makes the next {@link #prepareWeights()} use {@code w} as layer l's weights (a sampled network). */
    public void useWeights(int l, float[] w) {
        if (w.length != layers[l].w.length) throw new IllegalArgumentException("layer " + l + " has " + layers[l].w.length + " weights");
        weights.use(l, w);
    }

    /** Back to the hidden weights of every layer. */
    public void useHiddenWeights() { weights.useHidden(); }

    /** Makes the effective weights from the weights in use (see {@link EffectiveWeights}). */
    public void prepareWeights() { weights.prepare(); }

    /** Whether the last {@link #prepareWeights()} met a NaN or infinite weight. */
    public boolean weightsNonFinite() { return weights.nonFinite(); }

    /** Copies rows {@code order[start .. start+count)} of {@code s} into the batch. */
    public void load(Samples s, int[] order, int start, int count) { ws.load(s, order, start, count); }

    /** Forward through all layers for the loaded batch. */
    public void forward() { forward.run(); }

    /** The logits of the last forward, B x outputs. */
    public float[] logits() { return ws.y[layers.length - 1]; }

    /**
     * Softmax of the logits and the summed cross-entropy of the batch's labels. NaN or
     * infinity propagates into the result for the caller to detect.
     */
    public double softmaxLoss() { return Loss.softmax(ws, logits(), net.outputWidth()); }

    /** Number of samples of the batch whose largest logit is their label. */
    public int correct() { return Loss.correct(ws, logits(), net.outputWidth()); }

    static int argmax(float[] v, int off, int n) { return Loss.argmax(v, off, n); }

    /**
     * Gradients of {@code scale} times the summed loss into {@link #gradients()}; needs
     * {@link #softmaxLoss()} first. With {@code fisher} non-null, also adds, per weight, the
     * sum over the batch of the squared per-sample contributions x * delta.
     */
    public void backward(float scale, float[][] fisher) {
        if (backward == null) throw new IllegalStateException("an evaluation workspace has no backward");
        backward.run(scale, fisher);
    }

    /** Where the last forward first went non-finite: "layer 2 (512 units)" or "the weights of layer 1"; null if nowhere. */
    public String firstNonFinite() {
        for (int l = 0; l < layers.length; l++) {
            String shape = " (" + layers[l].in + " -> " + layers[l].out + ")";
            for (float v : weights.source(l)) if (!Float.isFinite(v)) return "the weights of layer " + (l + 1) + shape;
            int size = ws.batch() * layers[l].out;
            float[] yl = ws.y[l];
            for (int i = 0; i < size; i++) if (!Float.isFinite(yl[i])) return "the outputs of layer " + (l + 1) + shape;
        }
        return null;
    }

    /** Adds the softmax of the current logits to {@code acc} (B x outputs), for averaging sampled networks. */
    public void accumulateProbabilities(float[] acc) {
        int n = ws.batch() * net.outputWidth();
        float[] prob = ws.prob;
        for (int i = 0; i < n; i++) acc[i] += prob[i];
    }

    public int[] labels() { return ws.labels; }
}
