package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.api.RealFn2;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Pass;

/**
 * Adam (Kingma and Ba, ICLR 2015) with bias correction; with a metaplasticity function,
 * the rule of Laborieux et al. (Nat. Commun. 12:2549, 2021, eq. 2 and their code): on
 * weight blocks, a step that moves a hidden weight towards zero (sign(W) equal to the
 * sign of the first moment) is multiplied by f(m, W).
 */
final class AdamRule implements UpdateRule {
    private static final int CHUNK = 1024;
    private static final Pass.Scratch<Moments> MOMENTS = new Pass.Scratch<>("adam moments");
    private final float lr;
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final RealFn2 meta;
    private final double m;
    private final WorkerPool pool;
    private Moments moments;
    private int t;
    private DeviceSynapses devices;
    private double quantum;

    AdamRule(double lr, double beta1, double beta2, double eps, RealFn2 meta, double m, Pass pass, WorkerPool pool) {
        this.lr = (float) lr;
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.eps = (float) eps;
        this.meta = meta;
        this.m = m;
        this.pool = pool;
        resized(pass);
    }

    @Override
    public void update(Pass pass, long step) {
        t++;
        float stepSize = (float) (lr / (1 - Math.pow(beta1, t)));
        float correction2 = (float) (1 / (1 - Math.pow(beta2, t)));
        Moments s = moments;
        for (int k = 0; k < s.blocks.size(); k++) {
            int block = k;
            pool.forRange(s.blocks.values[k].length, 1 << 13, (from, to) -> run(block, stepSize, correction2, from, to));
            int layer = s.blocks.weightLayer[k];
            if (devices != null && layer >= 0) devices.apply(layer, s.blocks.values[k], s.steps, quantum, pool);
        }
    }

    private void run(int k, float size, float corr, int from, int to) {
        Moments s = moments;
        float[] w = s.blocks.values[k];
        float[] g = s.blocks.grads[k];
        float[] a = s.m1[k];
        float[] b = s.m2[k];
        float[] st = s.steps;
        float b1 = beta1;
        float b2 = beta2;
        float c1 = 1 - b1;
        float c2 = 1 - b2;
        float e = eps;
        boolean metaplastic = meta != null && s.blocks.weightLayer[k] >= 0;
        // the devices take a weight block's steps (update), the digital parameters take their own
        boolean onDevices = devices != null && s.blocks.weightLayer[k] >= 0;
        // In chunks that stay in L1: moments and raw steps in a loop of same-index accesses,
        // which C2 vectorizes, then the metaplastic factor and the step.
        for (int lo = from; lo < to; lo += CHUNK) {
            int hi = Math.min(to, lo + CHUNK);
            for (int i = lo; i < hi; i++) {
                float gi = g[i];
                float ai = b1 * a[i] + c1 * gi;
                float bi = b2 * b[i] + c2 * gi * gi;
                a[i] = ai;
                b[i] = bi;
                st[i] = size * ai / ((float) Math.sqrt(bi * corr) + e);
            }
            if (metaplastic) {
                // The weights whose step is damped (sign(W) equal to the sign of the first
                // moment) gathered without a branch: the test is a coin flip, and its
                // mispredictions cost more than f itself.
                int[] at = s.where;
                int c = lo;
                for (int i = lo; i < hi; i++) {
                    at[c] = i;
                    // (w >= 0) == (a >= 0) in integer arithmetic: x + 0 turns -0 into +0, so the
                    // sign bits decide. (With a NaN the weight ends NaN either way.)
                    int sw = Float.floatToRawIntBits(w[i] + 0f);
                    int sa = Float.floatToRawIntBits(a[i] + 0f);
                    c += ((sw ^ sa) >>> 31) ^ 1;
                }
                for (int q = lo; q < c; q++) {
                    int i = at[q];
                    st[i] *= (float) meta.apply(m, w[i]);
                }
            }
            if (!onDevices) for (int i = lo; i < hi; i++) w[i] -= st[i];
        }
    }

    /**
     * Adam's arrays for one workspace, kept with it across train calls; the moments are zeroed
     * at each call. Raw steps and gathered indices are per element, so threads working on
     * disjoint ranges share them.
     */
    private static final class Moments {
        final Blocks blocks;
        final float[][] m1;
        final float[][] m2;
        final float[] steps;
        final int[] where;

        Moments(Pass pass) {
            blocks = new Blocks(pass);
            m1 = blocks.zerosLike();
            m2 = blocks.zerosLike();
            int longest = 0;
            for (float[] v : blocks.values) longest = Math.max(longest, v.length);
            steps = new float[longest];
            where = new int[longest];
        }

        void zero() {
            for (float[] v : m1) java.util.Arrays.fill(v, 0f);
            for (float[] v : m2) java.util.Arrays.fill(v, 0f);
        }
    }

    @Override
    public void useDevices(DeviceSynapses devices, double quantum) {
        this.devices = devices;
        this.quantum = quantum;
    }

    @Override
    public void resized(Pass pass) {
        moments = pass.scratch(MOMENTS, Moments::new);
        moments.zero();
        t = 0;
    }
}
