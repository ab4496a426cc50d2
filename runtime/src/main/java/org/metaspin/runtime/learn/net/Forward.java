package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.RowGemm;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/**
 * The forward pass: per layer, the product with the effective weights (XNOR/popcount when
 * the inputs are binary), then, column block by column block, batch norm (or the bias) and
 * the activation into the next layer's input. Batch norm uses the statistics of the batch
 * it sees (§10.2): in training the mini-batch, in evaluation the whole evaluated set, which
 * the evaluator passes as one batch.
 */
final class Forward {
    static final float BN_EPS = 1e-5f;

    private final LinearLayer[] layers;
    private final boolean binary;
    private final Workspace ws;
    private final EffectiveWeights weights;
    private final WorkerPool pool;
    private final RowGemm gemm;
    private final BitGemm bitGemm;
    private final Columns[] columns;

    Forward(LinearLayer[] layers, boolean binary, Workspace ws, EffectiveWeights weights, WorkerPool pool) {
        this.layers = layers;
        this.binary = binary;
        this.ws = ws;
        this.weights = weights;
        this.pool = pool;
        gemm = new RowGemm(pool);
        bitGemm = new BitGemm(pool);
        columns = new Columns[layers.length];
        for (int l = 0; l < layers.length; l++) columns[l] = new Columns(l);
    }

    /** Forward through all layers for the loaded batch; leaves logits in the last layer's {@code y}. */
    void run() {
        int B = ws.batch();
        for (int l = 0; l < layers.length; l++) {
            LinearLayer ly = layers[l];
            float[] zl = ws.z[l];
            if (ly.binaryInputs) {
                // Packed by the previous layer's activation, except for a first layer.
                if (l == 0) BitGemm.pack(ws.input[l], B, ly.in, ws.inputBits[l]);
                bitGemm.multiply(B, ly.out, ly.in, ws.inputBits[l], weights.bits[l], zl);
            } else {
                gemm.multiply(B, ly.out, ly.in, ws.input[l], ly.in, 1, weights.rows[l], zl, false);
            }
            pool.forRange((ly.out + 63) >>> 6, 1, columns[l]);
        }
    }

    /**
     * Columns [64 * from, 64 * to) of one layer after its product: batch norm (or the bias),
     * then the activation into the next layer's input and, if that layer takes binary inputs,
     * its packed bits (whole words, since blocks are 64 columns). Every element sums over the
     * batch in ascending order, as a serial loop would.
     */
    private final class Columns implements RangeTask {
        private final int l;

        Columns(int l) { this.l = l; }

        @Override
        public void run(int from, int to) {
            LinearLayer ly = layers[l];
            int B = ws.batch();
            int j0 = from << 6;
            int j1 = Math.min(ly.out, to << 6);
            if (ly.norm) normalize(l, B, j0, j1);
            else addBias(l, B, j0, j1);
            if (l < layers.length - 1) activate(l, B, j0, j1);
        }
    }

    private void addBias(int l, int B, int j0, int j1) {
        LinearLayer ly = layers[l];
        int n = ly.out;
        float[] zl = ws.z[l];
        float[] yl = ws.y[l];
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) yl[o + j] = zl[o + j] + ly.bias[j];
        }
    }

    private void normalize(int l, int B, int j0, int j1) {
        LinearLayer ly = layers[l];
        int n = ly.out;
        float[] zl = ws.z[l];
        float[] xh = ws.training ? ws.xhat[l] : zl;
        float[] yl = ws.y[l];
        float[] is = ws.invStd[l];
        float[][] sums = ColumnSums.zeroed(n, j0, j1);
        float[] mean = sums[0];
        float[] var = sums[1];
        int p = ColumnSums.PAD;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) mean[p + j] += zl[o + j];
        }
        float invB = 1f / B;
        for (int j = j0; j < j1; j++) mean[p + j] *= invB;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                float c = zl[o + j] - mean[p + j];
                var[p + j] += c * c;
            }
        }
        for (int j = j0; j < j1; j++) is[j] = (float) (1 / Math.sqrt(var[p + j] * invB + BN_EPS));
        float[] g = ly.gamma;
        float[] be = ly.beta;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                float h = (zl[o + j] - mean[p + j]) * is[j];
                xh[o + j] = h;
                yl[o + j] = g[j] * h + be[j];
            }
        }
    }

    private void activate(int l, int B, int j0, int j1) {
        int n = layers[l].out;
        float[] yl = ws.y[l];
        float[] next = ws.input[l + 1];
        if (binary) {
            for (int b = 0; b < B; b++) {
                int o = b * n;
                for (int j = j0; j < j1; j++) next[o + j] = SignBits.sign(yl[o + j]);
            }
            long[] bits = layers[l + 1].binaryInputs ? ws.inputBits[l + 1] : null;
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
}
