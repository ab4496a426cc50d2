package org.metaspin.runtime.learn.net;

import java.util.concurrent.atomic.AtomicInteger;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.Transpose;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/**
 * The weights the products of a pass use, made from a source array per layer (the hidden
 * weights unless a sampler lends another): signs for a BNN (sign(0) = +1), as rows [in][out]
 * for a forward product with real inputs, packed for the XNOR path, and transposed [out][in]
 * for the input gradient of training. Making them is one pass over each source array, which
 * also looks for NaN and infinity (sign(NaN) would quietly read as -1).
 *
 * <p>For binary layers after the first, the signs of the last call are kept packed in
 * [in][out] order: a step flips few signs, so only the flipped entries of the transposed and
 * packed copies are rewritten.
 */
final class EffectiveWeights {
    private final LinearLayer[] layers;
    private final WorkerPool pool;
    /** Effective weights as rows [in][out], for layers whose inputs are real (the forward product). */
    final float[][][] rows;
    /** Effective weights transposed, rows [out][in], for the input gradient of training (layers after the first). */
    final float[][][] transposed;
    /** Signs packed per output column (one row of words(in) per output), for layers with binary inputs. */
    final long[][] bits;
    /** Per layer, the array the effective weights are made from. */
    private final float[][] source;
    /** Per binary layer: bit (i, j) set where sign(w[i][j]) = -1 at the last call, [in][words(out)]; null until made. */
    private final long[][] signCache;
    private final PrepareTask[] tasks;
    private boolean nonFinite;

    EffectiveWeights(LinearLayer[] layers, boolean training, WorkerPool pool) {
        this.layers = layers;
        this.pool = pool;
        int L = layers.length;
        rows = new float[L][][];
        transposed = new float[L][][];
        bits = new long[L][];
        source = new float[L][];
        signCache = new long[L][];
        tasks = new PrepareTask[L];
        for (int l = 0; l < L; l++) {
            LinearLayer ly = layers[l];
            source[l] = ly.w;
            if (!ly.binaryInputs) rows[l] = new float[ly.in][ly.out];
            if (training && l > 0) transposed[l] = new float[ly.out][ly.in];
            if (ly.binaryInputs) bits[l] = new long[ly.out * BitGemm.words(ly.in)];
            tasks[l] = new PrepareTask(l);
        }
    }

    /** Makes the next {@link #prepare()} read layer l's weights from {@code w} (same length as its hidden weights). */
    void use(int l, float[] w) { source[l] = w; }

    /** Back to the hidden weights of every layer. */
    void useHidden() {
        for (int l = 0; l < layers.length; l++) source[l] = layers[l].w;
    }

    float[] source(int l) { return source[l]; }

    /** Brings every layer's effective weights up to date with its source. */
    void prepare() {
        int nf = 0;
        for (int l = 0; l < layers.length; l++) {
            LinearLayer ly = layers[l];
            boolean cached = transposed[l] != null && ly.binaryWeights && ly.binaryInputs && signCache[l] != null;
            if (transposed[l] != null && !cached) {
                // First call (or real weights): a full transpose, and the sign cache made from it.
                nf |= prepareWhole(l);
                continue;
            }
            nf |= tasks[l].run();
        }
        nonFinite = nf < 0;
    }

    /** Whether the last {@link #prepare()} met a NaN or infinite weight. */
    boolean nonFinite() { return nonFinite; }

    private int prepareWhole(int l) {
        LinearLayer ly = layers[l];
        float[] src = source[l];
        int nf = rows[l] != null ? SignBits.signRows(src, ly.out, rows[l], ly.binaryWeights, 0, ly.in) : SignBits.nonFinite(src);
        Transpose.of(src, ly.in, ly.out, transposed[l], ly.binaryWeights);
        if (ly.binaryWeights && ly.binaryInputs) {
            for (int j = 0; j < ly.out; j++) BitGemm.packColumn(transposed[l][j], 0, ly.in, bits[l], j, ly.out);
            signCache[l] = SignBits.negativeRows(src, ly.in, ly.out);
        }
        return nf;
    }

    /**
     * Brings rows [r0, r1) of layer l's transposed signs and packed bits up to date with src,
     * rewriting only the entries whose sign changed since the last call.
     */
    private int updateSigns(int l, float[] src, int r0, int r1) {
        LinearLayer ly = layers[l];
        int in = ly.in;
        int out = ly.out;
        float[][] tr = transposed[l];
        long[] cache = signCache[l];
        int wordsOut = BitGemm.words(out);
        long[] packed = bits[l];
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
                    nf |= SignBits.nonFiniteBit(v);
                    neg |= (long) SignBits.negBit(v) << (j - start);
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
                        int at = word * out + j;
                        packed[at] = negative ? packed[at] | bit : packed[at] & ~bit;
                    }
                }
            }
        }
        return nf;
    }

    /**
     * The parallel preparation of one layer, over blocks of rows: blocks of 64 rows where packed
     * words are written, so no two threads share one; else (a first layer: its rows only
     * signed) blocks of 8 rows and a finer grain.
     */
    private final class PrepareTask implements RangeTask {
        private final int l;
        private final int shift;
        private final int blocks;
        private final int grain;
        private final AtomicInteger nonFinite = new AtomicInteger();

        PrepareTask(int l) {
            this.l = l;
            LinearLayer ly = layers[l];
            shift = transposed[l] != null || ly.binaryInputs ? 6 : 3;
            blocks = (ly.in + (1 << shift) - 1) >>> shift;
            grain = Math.max(1, (shift == 6 ? 1 << 15 : 1 << 13) / Math.max(1, (1 << shift) * ly.out));
        }

        int run() {
            nonFinite.set(0);
            pool.forRange(blocks, grain, this);
            return nonFinite.get();
        }

        @Override
        public void run(int from, int to) {
            LinearLayer ly = layers[l];
            int r0 = from << shift;
            int r1 = Math.min(ly.in, to << shift);
            int nf = 0;
            float[] src = source[l];
            if (rows[l] != null) nf |= SignBits.signRows(src, ly.out, rows[l], ly.binaryWeights, r0, r1);
            if (transposed[l] != null) nf |= updateSigns(l, src, r0, r1);
            else if (ly.binaryInputs) nf |= SignBits.packColumns(src, ly.in, ly.out, bits[l], r0, r1);
            if (nf != 0) nonFinite.getAndAccumulate(nf, (x, y) -> x | y);
        }
    }
}
