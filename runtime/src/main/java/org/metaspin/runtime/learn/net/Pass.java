package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.Gemm;
import org.metaspin.runtime.learn.kernel.Transpose;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/**
 * The workspace of forward and backward passes of one network for batches of up to
 * {@code capacity} samples. Every buffer is allocated here once, so a training step
 * allocates nothing. A training pass keeps what the backward needs; an evaluation pass
 * keeps only two activation buffers and normalizes in place.
 *
 * <p>Batch norm uses the statistics of the batch it sees (§10.2): in training the
 * mini-batch, in evaluation the whole evaluated set, which the evaluator passes as one
 * batch.
 */
public final class Pass {
    static final float BN_EPS = 1e-5f;

    final Network net;
    final int capacity;
    final boolean training;
    final Layer[] layers;
    final int shapeVersion;

    /** Activations entering layer l (B x in); input[0] is the batch. */
    final float[][] input;
    final long[][] inputBits;
    final float[][] weff;
    final float[][] weffT;
    final long[][] wBits;
    /** Pre-norm outputs; in evaluation also the normalized outputs. */
    final float[][] z;
    final float[][] xhat;
    /** Post-norm outputs (pre-activation); the last layer's are the logits. */
    final float[][] y;
    final float[][] invStd;
    final float[] mean;
    final float[] var;
    final int[] labels;
    final float[] prob;

    // Backward buffers and gradients (training only).
    final float[] dy;
    final float[] dz;
    public final float[][] gW;
    public final float[][] gGamma;
    public final float[][] gBeta;
    public final float[][] gBias;
    private final float[] inT;
    private final float[] dzT;
    private float[] sqIn;
    private float[] sqDz;

    /** Per layer, the array the effective weights are made from: the hidden weights unless a sampler overrides it. */
    public final float[][] weightSource;

    private final Gemm gemm;
    private final BitGemm bitGemm;
    private int batch;

    public Pass(Network net, int capacity, boolean training, WorkerPool pool) {
        this.net = net;
        this.capacity = capacity;
        this.training = training;
        this.shapeVersion = net.shapeVersion();
        int L = net.layerCount();
        layers = new Layer[L];
        for (int l = 0; l < L; l++) layers[l] = net.layer(l);
        int maxW = net.maxWidth();
        input = new float[L][];
        inputBits = new long[L][];
        weff = new float[L][];
        weffT = new float[L][];
        wBits = new long[L][];
        z = new float[L][];
        xhat = new float[L][];
        y = new float[L][];
        invStd = new float[L][];
        weightSource = new float[L][];
        mean = new float[maxW];
        var = new float[maxW];
        float[] pingA = training ? null : new float[capacity * maxW];
        float[] pingB = training ? null : new float[capacity * maxW];
        float[] shared = training ? null : new float[capacity * maxW];
        long[] bitsShared = null;
        for (int l = 0; l < L; l++) {
            Layer ly = layers[l];
            weightSource[l] = ly.w;
            // Own copies even for real weights: a sampler may point weightSource elsewhere.
            weffT[l] = new float[ly.w.length];
            if (training && l > 0) weff[l] = new float[ly.w.length];
            if (ly.binaryInputs) {
                wBits[l] = new long[ly.out * BitGemm.words(ly.in)];
                if (training) {
                    inputBits[l] = new long[capacity * BitGemm.words(ly.in)];
                } else {
                    if (bitsShared == null) bitsShared = new long[capacity * BitGemm.words(maxW)];
                    inputBits[l] = bitsShared;
                }
            }
            if (l == 0) input[l] = new float[capacity * ly.in];
            else input[l] = training ? new float[capacity * ly.in] : (l % 2 == 1 ? pingA : pingB);
            z[l] = training ? new float[capacity * ly.out] : shared;
            xhat[l] = training && ly.norm ? new float[capacity * ly.out] : null;
            y[l] = training ? new float[capacity * ly.out] : shared;
            invStd[l] = ly.norm ? new float[ly.out] : null;
        }
        labels = new int[capacity];
        prob = new float[capacity * net.outputWidth()];
        if (training) {
            dy = new float[capacity * maxW];
            dz = new float[capacity * maxW];
            inT = new float[capacity * maxW];
            dzT = new float[capacity * maxW];
            gW = new float[L][];
            gGamma = new float[L][];
            gBeta = new float[L][];
            gBias = new float[L][];
            for (int l = 0; l < L; l++) {
                gW[l] = new float[layers[l].w.length];
                if (layers[l].norm) {
                    gGamma[l] = new float[layers[l].out];
                    gBeta[l] = new float[layers[l].out];
                } else {
                    gBias[l] = new float[layers[l].out];
                }
            }
        } else {
            dy = dz = inT = dzT = null;
            gW = gGamma = gBeta = gBias = null;
        }
        gemm = new Gemm(pool);
        bitGemm = new BitGemm(pool);
    }

    public boolean stale() { return net.shapeVersion() != shapeVersion; }

    public int layerCount() { return layers.length; }

    public Layer layer(int l) { return layers[l]; }

    public int batch() { return batch; }

    public int capacity() { return capacity; }

    /**
     * Makes the effective weights (signs for a BNN) from {@link #weightSource}: transposed
     * [out][in] for the forward, packed for the XNOR path, and as stored [in][out] for the
     * input gradient of training.
     */
    public void prepareWeights() {
        nonFinite = false;
        for (int l = 0; l < layers.length; l++) {
            Layer ly = layers[l];
            float[] src = weightSource[l];
            float[] t = weffT[l];
            Transpose.of(src, ly.in, ly.out, t);
            // sign(NaN) would quietly read as -1: look for it while the weights are hot in cache.
            if (!allFinite(t)) nonFinite = true;
            if (ly.binaryWeights) signInPlace(t);
            if (ly.binaryInputs) BitGemm.pack(t, ly.out, ly.in, wBits[l]);
            float[] we = weff[l];
            if (we != null) {
                if (ly.binaryWeights) {
                    for (int i = 0; i < src.length; i++) we[i] = src[i] >= 0 ? 1f : -1f;
                } else {
                    System.arraycopy(src, 0, we, 0, src.length);
                }
            }
        }
    }

    private boolean nonFinite;

    /** Whether the last {@link #prepareWeights()} met a NaN or infinite weight. */
    public boolean weightsNonFinite() { return nonFinite; }

    private static boolean allFinite(float[] v) {
        float acc = 0f;
        // v * 0 is 0 for finite v and NaN otherwise; one branch for the whole array.
        for (float x : v) acc += x * 0f;
        return acc == 0f;
    }

    private static void signInPlace(float[] v) {
        for (int i = 0; i < v.length; i++) v[i] = v[i] >= 0 ? 1f : -1f;
    }

    /** Copies rows {@code order[start .. start+count)} of {@code s} into the batch. */
    public void load(Samples s, int[] order, int start, int count) {
        float[] x = input[0];
        int d = s.d;
        for (int i = 0; i < count; i++) {
            int r = order == null ? start + i : order[start + i];
            System.arraycopy(s.x, r * d, x, i * d, d);
            labels[i] = s.y[r];
        }
        batch = count;
    }

    /** Forward through all layers for the loaded batch; leaves logits in the last layer's {@code y}. */
    public void forward() {
        int B = batch;
        for (int l = 0; l < layers.length; l++) {
            Layer ly = layers[l];
            float[] zl = z[l];
            if (ly.binaryInputs) {
                BitGemm.pack(input[l], B, ly.in, inputBits[l]);
                bitGemm.multiply(B, ly.out, ly.in, inputBits[l], wBits[l], zl);
            } else {
                gemm.multiply(B, ly.out, ly.in, input[l], weffT[l], zl, false);
            }
            if (ly.norm) normalize(l, B);
            else addBias(l, B);
            if (l < layers.length - 1) activate(l, B);
        }
    }

    private void addBias(int l, int B) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] zl = z[l];
        float[] yl = y[l];
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) yl[o + j] = zl[o + j] + ly.bias[j];
        }
    }

    private void normalize(int l, int B) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] zl = z[l];
        float[] xh = training ? xhat[l] : zl;
        float[] yl = y[l];
        float[] is = invStd[l];
        java.util.Arrays.fill(mean, 0, n, 0f);
        java.util.Arrays.fill(var, 0, n, 0f);
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) mean[j] += zl[o + j];
        }
        float invB = 1f / B;
        for (int j = 0; j < n; j++) mean[j] *= invB;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) {
                float c = zl[o + j] - mean[j];
                var[j] += c * c;
            }
        }
        for (int j = 0; j < n; j++) is[j] = (float) (1 / Math.sqrt(var[j] * invB + BN_EPS));
        float[] g = ly.gamma;
        float[] be = ly.beta;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) {
                float h = (zl[o + j] - mean[j]) * is[j];
                xh[o + j] = h;
                yl[o + j] = g[j] * h + be[j];
            }
        }
    }

    private void activate(int l, int B) {
        Layer ly = layers[l];
        int size = B * ly.out;
        float[] yl = y[l];
        float[] next = input[l + 1];
        if (net.binary()) {
            for (int i = 0; i < size; i++) next[i] = yl[i] >= 0 ? 1f : -1f;
        } else {
            for (int i = 0; i < size; i++) next[i] = Math.max(0f, yl[i]);
        }
    }

    /** The logits of the last forward, B x outputs. */
    public float[] logits() { return y[layers.length - 1]; }

    /**
     * Softmax of the logits into {@link #prob} and the summed cross-entropy of the batch's labels.
     * NaN or infinity propagates into the result for the caller to detect.
     */
    public double softmaxLoss() {
        int B = batch;
        int C = net.outputWidth();
        float[] lg = logits();
        double loss = 0;
        for (int b = 0; b < B; b++) {
            int o = b * C;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < C; c++) max = Math.max(max, lg[o + c]);
            double sum = 0;
            for (int c = 0; c < C; c++) {
                float e = (float) Math.exp(lg[o + c] - max);
                prob[o + c] = e;
                sum += e;
            }
            float inv = (float) (1 / sum);
            for (int c = 0; c < C; c++) prob[o + c] *= inv;
            loss += Math.log(sum) + max - lg[o + labels[b]];
            if (Float.isNaN(max)) loss = Double.NaN;
        }
        return loss;
    }

    /** Number of samples of the batch whose largest logit is their label. */
    public int correct() {
        int C = net.outputWidth();
        float[] lg = logits();
        int ok = 0;
        for (int b = 0; b < batch; b++) if (argmax(lg, b * C, C) == labels[b]) ok++;
        return ok;
    }

    static int argmax(float[] v, int off, int n) {
        int best = 0;
        for (int c = 1; c < n; c++) if (v[off + c] > v[off + best]) best = c;
        return best;
    }

    /**
     * Gradients of {@code scale} times the summed loss into {@link #gW}, {@link #gGamma}, …;
     * needs {@link #softmaxLoss()} first. With {@code fisher} non-null, also adds, per
     * weight, the sum over the batch of the squared per-sample contributions x * delta.
     */
    public void backward(float scale, float[][] fisher) {
        int B = batch;
        int L = layers.length;
        int C = net.outputWidth();
        for (int b = 0; b < B; b++) {
            int o = b * C;
            for (int c = 0; c < C; c++) dy[o + c] = prob[o + c] * scale;
            dy[o + labels[b]] -= scale;
        }
        for (int l = L - 1; l >= 0; l--) {
            Layer ly = layers[l];
            int n = ly.out;
            if (ly.norm) normBackward(l, B);
            else {
                float[] gb = gBias[l];
                java.util.Arrays.fill(gb, 0f);
                for (int b = 0; b < B; b++) for (int j = 0; j < n; j++) gb[j] += dy[b * n + j];
                System.arraycopy(dy, 0, dz, 0, B * n);
            }
            // dW = input^T * dz, as (input^T) * (dz^T)^T so both operands run along the batch.
            Transpose.of(input[l], B, ly.in, inT);
            Transpose.of(dz, B, n, dzT);
            gemm.multiply(ly.in, n, B, inT, dzT, gW[l], false);
            if (fisher != null) addSquared(l, B, fisher[l]);
            if (l > 0) {
                gemm.multiply(B, ly.in, n, dz, weff[l], dy, false);
                maskPrevious(l - 1, B);
            }
        }
    }

    private void normBackward(int l, int B) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] gg = gGamma[l];
        float[] gb = gBeta[l];
        float[] xh = xhat[l];
        float[] is = invStd[l];
        java.util.Arrays.fill(gg, 0f);
        java.util.Arrays.fill(gb, 0f);
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) {
                gg[j] += dy[o + j] * xh[o + j];
                gb[j] += dy[o + j];
            }
        }
        // dz = gamma * invStd / B * (B * dy - sum(dy) - xhat * sum(dy * xhat)).
        float invB = 1f / B;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = 0; j < n; j++) {
                dz[o + j] = ly.gamma[j] * is[j] * (dy[o + j] - invB * (gb[j] + xh[o + j] * gg[j]));
            }
        }
    }

    /** Straight-through estimator for sign (zero where |y| > 1), or the ReLU derivative. */
    private void maskPrevious(int l, int B) {
        int size = B * layers[l].out;
        float[] yl = y[l];
        if (net.binary()) {
            for (int i = 0; i < size; i++) if (Math.abs(yl[i]) > 1f) dy[i] = 0f;
        } else {
            for (int i = 0; i < size; i++) if (yl[i] <= 0f) dy[i] = 0f;
        }
    }

    private void addSquared(int l, int B, float[] out) {
        Layer ly = layers[l];
        int nIn = B * ly.in;
        int nOut = B * ly.out;
        if (sqIn == null || sqIn.length < capacity * net.maxWidth()) {
            sqIn = new float[capacity * net.maxWidth()];
            sqDz = new float[capacity * net.maxWidth()];
        }
        for (int i = 0; i < nIn; i++) sqIn[i] = inT[i] * inT[i];
        for (int i = 0; i < nOut; i++) sqDz[i] = dzT[i] * dzT[i];
        gemm.multiply(ly.in, ly.out, B, sqIn, sqDz, out, true);
    }

    /** Where the last forward first went non-finite: "layer 2 (512 units)" or "the weights of layer 1"; null if nowhere. */
    public String firstNonFinite() {
        for (int l = 0; l < layers.length; l++) {
            float[] w = weightSource[l];
            for (float v : w) if (!Float.isFinite(v)) return "the weights of layer " + (l + 1) + " (" + layers[l].in + " -> " + layers[l].out + ")";
            int size = batch * layers[l].out;
            float[] yl = y[l];
            for (int i = 0; i < size; i++) {
                if (!Float.isFinite(yl[i])) return "the outputs of layer " + (l + 1) + " (" + layers[l].in + " -> " + layers[l].out + ")";
            }
        }
        return null;
    }

    /** Adds the softmax of the current logits to {@code acc} (B x outputs), for averaging sampled networks. */
    public void accumulateProbabilities(float[] acc) {
        int n = batch * net.outputWidth();
        for (int i = 0; i < n; i++) acc[i] += prob[i];
    }

    public int[] labels() { return labels; }
}
