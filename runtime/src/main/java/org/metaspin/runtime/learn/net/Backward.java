package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.RowGemm;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/**
 * The backward pass from the softmax probabilities of the last loss: per layer from the
 * last, batch norm's backward (column blocks in parallel) or the bias gradient, the weight
 * gradient {@code input^T * dz}, and the input gradient {@code dz * W^T} through the
 * transposed effective weights, masked by the previous activation's derivative.
 */
final class Backward {
    private final Network net;
    private final LinearLayer[] layers;
    private final Workspace ws;
    private final EffectiveWeights weights;
    private final Gradients grads;
    private final WorkerPool pool;
    private final RowGemm gemm;
    private final NormColumns[] norm;
    /** Squared inputs and squared dz, allocated on the first Fisher request. */
    private float[] sqIn;
    private float[][] sqDzRows;

    Backward(Network net, LinearLayer[] layers, Workspace ws, EffectiveWeights weights, Gradients grads, WorkerPool pool) {
        this.net = net;
        this.layers = layers;
        this.ws = ws;
        this.weights = weights;
        this.grads = grads;
        this.pool = pool;
        gemm = new RowGemm(pool);
        norm = new NormColumns[layers.length];
        for (int l = 0; l < layers.length; l++) norm[l] = new NormColumns(l);
    }

    /**
     * Gradients of {@code scale} times the summed loss; with {@code fisher} non-null, also adds,
     * per weight, the sum over the batch of the squared per-sample contributions x * delta.
     */
    void run(float scale, float[][] fisher) {
        int B = ws.batch();
        int L = layers.length;
        int C = net.outputWidth();
        float[] dy = ws.dy;
        float[] dz = ws.dz;
        float[] prob = ws.prob;
        int[] labels = ws.labels;
        for (int b = 0; b < B; b++) {
            int o = b * C;
            for (int c = 0; c < C; c++) dy[o + c] = prob[o + c] * scale;
            dy[o + labels[b]] -= scale;
        }
        for (int l = L - 1; l >= 0; l--) {
            LinearLayer ly = layers[l];
            int n = ly.out;
            if (ly.norm) {
                // With the mask of the activation after it, and dz copied into dzRows.
                pool.forRange((n + 63) >>> 6, 1, norm[l]);
            } else {
                float[] gb = grads.bias(l);
                java.util.Arrays.fill(gb, 0f);
                for (int b = 0; b < B; b++) for (int j = 0; j < n; j++) gb[j] += dy[b * n + j];
                System.arraycopy(dy, 0, dz, 0, B * n);
                for (int b = 0; b < B; b++) System.arraycopy(dz, b * n, ws.dzRows[b], 0, n);
            }
            // dW = input^T * dz: input read transposed through strides, dz as rows.
            gemm.multiply(ly.in, n, B, ws.input[l], 1, ly.in, ws.dzRows, grads.weights(l), false);
            if (fisher != null) addSquared(l, B, fisher[l]);
            if (l > 0) {
                gemm.multiply(B, ly.in, n, dz, n, 1, weights.transposed[l], dy, false);
                // A normalized layer applies the mask as it reads dy.
                if (!layers[l - 1].norm) maskPrevious(l - 1, B);
            }
        }
    }

    /**
     * Columns [64 * from, 64 * to) of batch norm's backward for one layer; below the last layer
     * dy is read through the activation's mask (zero where the STE or ReLU derivative is zero),
     * and dz is written both flat and into {@code dzRows}.
     */
    private final class NormColumns implements RangeTask {
        private final int l;

        NormColumns(int l) { this.l = l; }

        @Override
        public void run(int from, int to) {
            normBackward(l, ws.batch(), from << 6, Math.min(layers[l].out, to << 6));
        }
    }

    private void normBackward(int l, int B, int j0, int j1) {
        LinearLayer ly = layers[l];
        int n = ly.out;
        float[] gg = grads.gamma(l);
        float[] gb = grads.beta(l);
        float[] xh = ws.xhat[l];
        float[] is = ws.invStd[l];
        float[] dy = ws.dy;
        float[] dz = ws.dz;
        float[] yl = ws.y[l];
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
        float[][] sums = ColumnSums.zeroed(n, j0, j1);
        float[] sg = sums[0];
        float[] sb = sums[1];
        int p = ColumnSums.PAD;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            for (int j = j0; j < j1; j++) {
                sg[p + j] += dy[o + j] * xh[o + j];
                sb[p + j] += dy[o + j];
            }
        }
        System.arraycopy(sg, p + j0, gg, j0, j1 - j0);
        System.arraycopy(sb, p + j0, gb, j0, j1 - j0);
        // dz = gamma * invStd / B * (B * dy - sum(dy) - xhat * sum(dy * xhat)).
        float invB = 1f / B;
        float[] gamma = ly.gamma;
        for (int b = 0; b < B; b++) {
            int o = b * n;
            float[] row = ws.dzRows[b];
            for (int j = j0; j < j1; j++) {
                float d = gamma[j] * is[j] * (dy[o + j] - invB * (sb[p + j] + xh[o + j] * sg[p + j]));
                dz[o + j] = d;
                row[j] = d;
            }
        }
    }

    /** Straight-through estimator for sign (zero where |y| > 1), or the ReLU derivative. */
    private void maskPrevious(int l, int B) {
        int size = B * layers[l].out;
        float[] yl = ws.y[l];
        float[] dy = ws.dy;
        if (net.binary()) {
            for (int i = 0; i < size; i++) if (Math.abs(yl[i]) > 1f) dy[i] = 0f;
        } else {
            for (int i = 0; i < size; i++) if (yl[i] <= 0f) dy[i] = 0f;
        }
    }

    private void addSquared(int l, int B, float[] out) {
        LinearLayer ly = layers[l];
        int nIn = B * ly.in;
        if (sqIn == null) {
            sqIn = new float[ws.capacity * net.maxWidth()];
            sqDzRows = new float[ws.capacity][net.maxWidth()];
        }
        float[] x = ws.input[l];
        for (int i = 0; i < nIn; i++) sqIn[i] = x[i] * x[i];
        int n = ly.out;
        float[] dz = ws.dz;
        for (int b = 0; b < B; b++) {
            float[] r = sqDzRows[b];
            for (int j = 0; j < n; j++) r[j] = dz[b * n + j] * dz[b * n + j];
        }
        gemm.multiply(ly.in, n, B, sqIn, 1, ly.in, sqDzRows, out, true);
    }
}
