package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.RowGemm;
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
    /** Effective weights as rows [in][out], for layers whose inputs are real (the forward product). */
    final float[][][] wRows;
    /** Effective weights transposed, rows [out][in], for the input gradient of training (layers after the first). */
    final float[][][] wtRows;
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
    private final float[][] dzRows;
    private float[] sqIn;
    private float[][] sqDzRows;

    /** Per layer, the array the effective weights are made from: the hidden weights unless a sampler overrides it. */
    public final float[][] weightSource;

    private final RowGemm gemm;
    private final WorkerPool pool;
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
        wRows = new float[L][][];
        wtRows = new float[L][][];
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
            if (!ly.binaryInputs) wRows[l] = new float[ly.in][ly.out];
            if (training && l > 0) wtRows[l] = new float[ly.out][ly.in];
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
            dzRows = new float[capacity][maxW];
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
            dy = dz = null;
            dzRows = null;
            gW = gGamma = gBeta = gBias = null;
        }
        gemm = new RowGemm(pool);
        this.pool = pool;
        bitGemm = new BitGemm(pool);
    }

    public boolean stale() { return net.shapeVersion() != shapeVersion; }

    private final WorkerPool poolOf() { return pool; }

    /**
     * A training workspace for {@code net}: the one the last train call of {@code net} gave
     * back with {@link #release()} if it still fits (same shape, capacity and pool), else a
     * new one. A reused workspace keeps its cached weight signs, which {@link #prepareWeights()}
     * brings up to date by comparing with the current weights, so results are the same.
     */
    public static Pass forTraining(Network net, int capacity, WorkerPool pool) {
        Pass p = net.takeTrainPass();
        if (p != null && !p.stale() && p.capacity == capacity && p.poolOf() == pool) {
            for (int l = 0; l < p.layers.length; l++) p.weightSource[l] = p.layers[l].w;
            return p;
        }
        return new Pass(net, capacity, true, pool);
    }

    /** Gives a training workspace back to its network for the next train call. */
    public void release() {
        if (training && !stale()) net.keepTrainPass(this);
    }

    /** Per-optimizer scratch kept with the workspace (sized to it), so a train call need not reallocate it. */
    public Object optimizerScratch;

    public int layerCount() { return layers.length; }

    public Layer layer(int l) { return layers[l]; }

    public int batch() { return batch; }

    public int capacity() { return capacity; }

    /**
     * Makes the effective weights (signs for a BNN, sign(0) = +1) from {@link #weightSource}:
     * as rows [in][out] for a forward product with real inputs, packed for the XNOR path, and
     * transposed [out][in] for the input gradient of training. One pass over each source array,
     * which also looks for NaN and infinity (sign(NaN) would quietly read as -1).
     *
     * <p>For binary layers after the first, the signs of the last call are kept packed in
     * [in][out] order: a step flips few signs, so only the flipped entries of the transposed
     * and packed copies are rewritten.
     */
    public void prepareWeights() {
        int nf = 0;
        for (int l = 0; l < layers.length; l++) {
            Layer ly = layers[l];
            boolean cached = wtRows[l] != null && ly.binaryWeights && ly.binaryInputs && signCache != null && signCache[l] != null;
            if (wtRows[l] != null && !cached) {
                // First call (or real weights): a full transpose, and the sign cache made from it.
                nf |= prepareSerial(l);
                continue;
            }
            prepareLayer = l;
            prepareNonFinite.set(0);
            // Blocks of 64 rows where packed words are written, so no two threads share one;
            // else (a first layer: its rows only signed) blocks of 8 rows and a finer grain.
            int shift = wtRows[l] != null || ly.binaryInputs ? 6 : 3;
            prepareShift = shift;
            int grain = (shift == 6 ? 1 << 15 : 1 << 13) / Math.max(1, (1 << shift) * ly.out);
            pool.forRange((ly.in + (1 << shift) - 1) >>> shift, Math.max(1, grain), prepareTask);
            nf |= prepareNonFinite.get();
        }
        nonFinite = nf < 0;
    }

    private int prepareLayer;
    private final java.util.concurrent.atomic.AtomicInteger prepareNonFinite = new java.util.concurrent.atomic.AtomicInteger();
    /** Rows [64 * from, 64 * to) of layer prepareLayer: blocks of 64 rows, so no two threads share a packed word. */
    private final RangeTask prepareTask = this::prepareRange;

    private int prepareShift;

    private void prepareRange(int from, int to) {
        int l = prepareLayer;
        Layer ly = layers[l];
        int r0 = from << prepareShift;
        int r1 = Math.min(ly.in, to << prepareShift);
        int nf = 0;
        float[] src = weightSource[l];
        if (wRows[l] != null) nf |= signRows(src, ly.out, wRows[l], ly.binaryWeights, r0, r1);
        if (wtRows[l] != null) nf |= updateSigns(l, src, ly.in, ly.out, wtRows[l], r0, r1);
        else if (ly.binaryInputs) nf |= packColumns(src, ly.in, ly.out, wBits[l], r0, r1);
        if (nf != 0) prepareNonFinite.getAndAccumulate(nf, (x, y) -> x | y);
    }

    private int prepareSerial(int l) {
        Layer ly = layers[l];
        float[] src = weightSource[l];
        int nf = 0;
        if (wRows[l] != null) nf |= signRows(src, ly.out, wRows[l], ly.binaryWeights, 0, ly.in);
        nf |= transposeInto(src, ly.in, ly.out, wtRows[l], ly.binaryWeights);
        if (ly.binaryWeights && ly.binaryInputs) {
            int wordsIn = BitGemm.words(ly.in);
            int wordsOut = BitGemm.words(ly.out);
            for (int j = 0; j < ly.out; j++) BitGemm.packRow(wtRows[l][j], ly.in, wBits[l], j * wordsIn);
            long[] cache = new long[ly.in * wordsOut];
            for (int i = 0; i < ly.in; i++) {
                for (int j = 0; j < ly.out; j++) if (!(src[i * ly.out + j] >= 0)) cache[i * wordsOut + (j >>> 6)] |= 1L << (j & 63);
            }
            if (signCache == null) signCache = new long[layers.length][];
            signCache[l] = cache;
        }
        return nf;
    }

    private static int signRows(float[] src, int out, float[][] rows, boolean sign, int r0, int r1) {
        int nf = 0;
        for (int i = r0; i < r1; i++) {
            float[] r = rows[i];
            int o = i * out;
            if (sign) {
                for (int j = 0; j < out; j++) {
                    float v = src[o + j];
                    nf |= nonFiniteBit(v);
                    r[j] = Float.intBitsToFloat(0x3f800000 | negBit(v) << 31);
                }
            } else {
                for (int j = 0; j < out; j++) {
                    float v = src[o + j];
                    nf |= nonFiniteBit(v);
                    r[j] = v;
                }
            }
        }
        return nf;
    }

    /**
     * 1 where sign(v) = -1 (v < 0 or NaN), 0 where v >= 0 (-0 included), without a branch:
     * weight signs are coin flips, and mispredicted branches dominated these loops.
     */
    static int negBit(float v) {
        int b = Float.floatToRawIntBits(v);
        int abs = b & 0x7fffffff;
        int nonZero = ((abs - 1) >>> 31) ^ 1;
        int nan = (0x7f800000 - abs) >>> 31;
        return ((b >>> 31) & nonZero) | nan;
    }

    /** The sign bit set if v is NaN or infinite (its exponent all ones), else clear. */
    private static int nonFiniteBit(float v) {
        return (Float.floatToRawIntBits(v) & 0x7f800000) + 0x00800000;
    }

    private static final int T = 32;

    /** {@code dst[j][i] = e(src[i * out + j])}, e the sign or the identity, cache-blocked. */
    private static int transposeInto(float[] src, int in, int out, float[][] dst, boolean sign) {
        int nf = 0;
        for (int i0 = 0; i0 < in; i0 += T) {
            int i1 = Math.min(in, i0 + T);
            for (int j0 = 0; j0 < out; j0 += T) {
                int j1 = Math.min(out, j0 + T);
                for (int j = j0; j < j1; j++) {
                    float[] d = dst[j];
                    for (int i = i0; i < i1; i++) {
                        float v = src[i * out + j];
                        nf |= nonFiniteBit(v);
                        d[i] = sign ? (v >= 0 ? 1f : -1f) : v;
                    }
                }
            }
        }
        return nf;
    }

    /** Per binary layer: bit (i, j) set where sign(w[i][j]) = -1 at the last call, [in][words(out)]; null until made. */
    private long[][] signCache;

    /** Brings rows [r0, r1) of the transposed signs {@code tr} and the packed {@code wBits} of layer l up to date with src. */
    private int updateSigns(int l, float[] src, int in, int out, float[][] tr, int r0, int r1) {
        long[] cache = signCache[l];
        int wordsOut = BitGemm.words(out);
        int wordsIn = BitGemm.words(in);
        long[] bits = wBits[l];
        int nf = 0;
        for (int i = r0; i < r1; i++) {
            int o = i * out;
            int co = i * wordsOut;
            for (int w = 0; w < wordsOut; w++) {
                int start = w << 6;
                int end = Math.min(out, start + 64);
                long neg = 0;
                for (int j = start; j < end; j++) {
                    float v = src[o + j];
                    nf |= nonFiniteBit(v);
                    neg |= (long) negBit(v) << (j - start);
                }
                long diff = neg ^ cache[co + w];
                if (diff != 0) {
                    cache[co + w] = neg;
                    long bit = 1L << (i & 63);
                    int word = i >>> 6;
                    while (diff != 0) {
                        int jj = Long.numberOfTrailingZeros(diff);
                        diff &= diff - 1;
                        int j = start + jj;
                        boolean negative = (neg >>> jj & 1L) != 0;
                        tr[j][i] = negative ? -1f : 1f;
                        int at = j * wordsIn + word;
                        bits[at] = negative ? bits[at] | bit : bits[at] & ~bit;
                    }
                }
            }
        }
        return nf;
    }

    /** Packs the signs of rows [r0, r1) of src (in x out, r0 a multiple of 64) into out packed columns of length in. */
    private static int packColumns(float[] src, int in, int out, long[] bits, int r0, int r1) {
        int words = BitGemm.words(in);
        int w0 = r0 >>> 6;
        for (int j = 0; j < out; j++) {
            for (int w = w0; w < (r1 + 63) >>> 6; w++) bits[j * words + w] = 0L;
        }
        int nf = 0;
        for (int i = r0; i < r1; i++) {
            int o = i * out;
            int w = i >>> 6;
            int shift = i & 63;
            for (int j = 0; j < out; j++) {
                float v = src[o + j];
                nf |= nonFiniteBit(v);
                bits[j * words + w] |= (long) negBit(v) << shift;
            }
        }
        return nf;
    }

    private boolean nonFinite;

    /** Whether the last {@link #prepareWeights()} met a NaN or infinite weight. */
    public boolean weightsNonFinite() { return nonFinite; }

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
                // Packed by the previous layer's activation, except for a first layer.
                if (l == 0) BitGemm.pack(input[l], B, ly.in, inputBits[l]);
                bitGemm.multiply(B, ly.out, ly.in, inputBits[l], wBits[l], zl);
            } else {
                gemm.multiply(B, ly.out, ly.in, input[l], ly.in, 1, wRows[l], zl, false);
            }
            columnLayer = l;
            pool.forRange((ly.out + 63) >>> 6, 1, forwardTask);
        }
    }

    /** The layer the column tasks work on. */
    private int columnLayer;
    private final RangeTask forwardTask = this::forwardColumns;
    private final RangeTask backwardTask = this::backwardColumns;

    /**
     * Columns [64 * from, 64 * to) of layer columnLayer after its product: batch norm (or the
     * bias), then the activation into the next layer's input and, if that layer takes binary
     * inputs, its packed bits (whole words, since blocks are 64 columns). Every element sums
     * over the batch in ascending order, as a serial loop would.
     */
    private void forwardColumns(int from, int to) {
        int l = columnLayer;
        Layer ly = layers[l];
        int B = batch;
        int n = ly.out;
        int j0 = from << 6;
        int j1 = Math.min(n, to << 6);
        if (ly.norm) normalize(l, B, j0, j1);
        else addBias(l, B, j0, j1);
        if (l < layers.length - 1) activate(l, B, j0, j1);
    }

    private void backwardColumns(int from, int to) {
        int l = columnLayer;
        int n = layers[l].out;
        normBackward(l, batch, from << 6, Math.min(n, to << 6));
    }

    private void addBias(int l, int B, int j0, int j1) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] zl = z[l];
        float[] yl = y[l];
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) yl[o + j] = zl[o + j] + ly.bias[j];
        }
    }

    private void normalize(int l, int B, int j0, int j1) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] zl = z[l];
        float[] xh = training ? xhat[l] : zl;
        float[] yl = y[l];
        float[] is = invStd[l];
        float[] mean = this.mean;
        float[] var = this.var;
        java.util.Arrays.fill(mean, j0, j1, 0f);
        java.util.Arrays.fill(var, j0, j1, 0f);
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) mean[j] += zl[o + j];
        }
        float invB = 1f / B;
        for (int j = j0; j < j1; j++) mean[j] *= invB;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                float c = zl[o + j] - mean[j];
                var[j] += c * c;
            }
        }
        for (int j = j0; j < j1; j++) is[j] = (float) (1 / Math.sqrt(var[j] * invB + BN_EPS));
        float[] g = ly.gamma;
        float[] be = ly.beta;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                float h = (zl[o + j] - mean[j]) * is[j];
                xh[o + j] = h;
                yl[o + j] = g[j] * h + be[j];
            }
        }
    }

    private void activate(int l, int B, int j0, int j1) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] yl = y[l];
        float[] next = input[l + 1];
        if (net.binary()) {
            for (int b = 0; b < B; b++) {
                int o = b * n;
                // sign(y) without a branch (activation signs are coin flips): -1 where !(y >= 0).
                for (int j = j0; j < j1; j++) next[o + j] = Float.intBitsToFloat(0x3f800000 | negBit(yl[o + j]) << 31);
            }
            long[] bits = layers[l + 1].binaryInputs ? inputBits[l + 1] : null;
            if (bits != null) {
                int words = BitGemm.words(n);
                for (int b = 0; b < B; b++) {
                    int o = b * n;
                    for (int start = j0; start < j1; start += 64) {
                        int end = Math.min(j1, start + 64);
                        long word = 0;
                        for (int j = start; j < end; j++) word |= (long) (Float.floatToRawIntBits(next[o + j]) >>> 31) << (j - start);
                        bits[b * words + (start >>> 6)] = word;
                    }
                }
            }
        } else {
            for (int b = 0; b < B; b++) {
                int o = b * n;
                for (int j = j0; j < j1; j++) next[o + j] = Math.max(0f, yl[o + j]);
            }
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
            if (ly.norm) {
                // With the mask of the activation after it, and dz copied into dzRows.
                columnLayer = l;
                pool.forRange((n + 63) >>> 6, 1, backwardTask);
            } else {
                float[] gb = gBias[l];
                java.util.Arrays.fill(gb, 0f);
                for (int b = 0; b < B; b++) for (int j = 0; j < n; j++) gb[j] += dy[b * n + j];
                System.arraycopy(dy, 0, dz, 0, B * n);
                for (int b = 0; b < B; b++) System.arraycopy(dz, b * n, dzRows[b], 0, n);
            }
            // dW = input^T * dz: input read transposed through strides, dz as rows.
            gemm.multiply(ly.in, n, B, input[l], 1, ly.in, dzRows, gW[l], false);
            if (fisher != null) addSquared(l, B, fisher[l]);
            if (l > 0) {
                gemm.multiply(B, ly.in, n, dz, n, 1, wtRows[l], dy, false);
                // A normalized layer applies the mask as it reads dy.
                if (!layers[l - 1].norm) maskPrevious(l - 1, B);
            }
        }
    }

    /**
     * Columns [j0, j1) of batch norm's backward for layer l; below the last layer dy is read
     * through the activation's mask (zero where the STE or ReLU derivative is zero), and dz
     * is written both flat and into {@code dzRows}.
     */
    private void normBackward(int l, int B, int j0, int j1) {
        Layer ly = layers[l];
        int n = ly.out;
        float[] gg = gGamma[l];
        float[] gb = gBeta[l];
        float[] xh = xhat[l];
        float[] is = invStd[l];
        float[] dy = this.dy;
        float[] yl = y[l];
        if (l < layers.length - 1) {
            boolean binary = net.binary();
            for (int b = 0; b < B; b++) {
                int o = b * n;
                if (binary) {
                    // dy = 0 where 1 < |y| <= inf (NaN keeps dy, as Math.abs(y) > 1 is false), branch-free.
                    for (int j = j0; j < j1; j++) {
                        int abs = Float.floatToRawIntBits(yl[o + j]) & 0x7fffffff;
                        int zero = ((0x3f800000 - abs) & (abs - 0x7f800001)) >> 31;
                        dy[o + j] = Float.intBitsToFloat(Float.floatToRawIntBits(dy[o + j]) & ~zero);
                    }
                } else {
                    for (int j = j0; j < j1; j++) if (yl[o + j] <= 0f) dy[o + j] = 0f;
                }
            }
        }
        java.util.Arrays.fill(gg, j0, j1, 0f);
        java.util.Arrays.fill(gb, j0, j1, 0f);
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                gg[j] += dy[o + j] * xh[o + j];
                gb[j] += dy[o + j];
            }
        }
        // dz = gamma * invStd / B * (B * dy - sum(dy) - xhat * sum(dy * xhat)).
        float invB = 1f / B;
        float[] gamma = ly.gamma;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            float[] row = dzRows[b];
            for (int j = j0; j < j1; j++) {
                float d = gamma[j] * is[j] * (dy[o + j] - invB * (gb[j] + xh[o + j] * gg[j]));
                dz[o + j] = d;
                row[j] = d;
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
        if (sqIn == null) {
            sqIn = new float[capacity * net.maxWidth()];
            sqDzRows = new float[capacity][net.maxWidth()];
        }
        float[] x = input[l];
        for (int i = 0; i < nIn; i++) sqIn[i] = x[i] * x[i];
        int n = ly.out;
        for (int b = 0; b < B; b++) {
            float[] r = sqDzRows[b];
            for (int j = 0; j < n; j++) r[j] = dz[b * n + j] * dz[b * n + j];
        }
        gemm.multiply(ly.in, n, B, sqIn, 1, ly.in, sqDzRows, out, true);
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
