package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.api.RealFn2;
import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Pass;

/**
 * Adam (Kingma and Ba, ICLR 2015) with bias correction; with a metaplasticity function,
 * the rule of Laborieux et al. (Nat. Commun. 12:2549, 2021, eq. 2 and their code): on
 * weight blocks, a step that moves a hidden weight towards zero (sign(W) equal to the
 * sign of the first moment) is multiplied by f(m, W).
 */
final class AdamSession extends Session implements RangeTask {
    private static final int CHUNK = 1024;
    private final float lr;
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final RealFn2 meta;
    private final double m;
    private final WorkerPool pool;
    private Blocks blocks;
    private float[][] m1;
    private float[][] m2;
    private int t;
    private int current;
    private float stepSize;
    private float correction2;
    /** Raw Adam steps of the current block, indexed like it. */
    private float[] steps;
    /** Scratch of indices, used per chunk like {@link #steps}. */
    private int[] where;

    AdamSession(double lr, double beta1, double beta2, double eps, RealFn2 meta, double m, Pass pass, WorkerPool pool) {
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
    protected void update(Pass pass, long step) {
        t++;
        stepSize = (float) (lr / (1 - Math.pow(beta1, t)));
        correction2 = (float) (1 / (1 - Math.pow(beta2, t)));
        for (current = 0; current < blocks.size(); current++) {
            pool.forRange(blocks.values[current].length, 1 << 13, this);
            int layer = blocks.weightLayer[current];
            if (devices != null && layer >= 0) devices.apply(layer, blocks.values[current], steps, quantum, pool);
        }
    }

    @Override
    public void run(int from, int to) {
        int k = current;
        float[] w = blocks.values[k];
        float[] g = blocks.grads[k];
        float[] a = m1[k];
        float[] b = m2[k];
        float[] st = steps;
        float b1 = beta1;
        float b2 = beta2;
        float c1 = 1 - b1;
        float c2 = 1 - b2;
        float size = stepSize;
        float corr = correction2;
        float e = eps;
        boolean metaplastic = meta != null && blocks.weightLayer[k] >= 0;
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
                int[] at = where;
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
            if (devices == null || blocks.weightLayer[k] < 0) for (int i = lo; i < hi; i++) w[i] -= st[i];
        }
    }

    /** Adam's arrays for one workspace, kept with it across train calls; the moments are zeroed at each call. */
    private static final class Scratch {
        final Pass pass;
        final Blocks blocks;
        final float[][] m1;
        final float[][] m2;
        final float[] steps;
        final int[] where;

        Scratch(Pass pass) {
            this.pass = pass;
            blocks = new Blocks(pass);
            m1 = blocks.zerosLike();
            m2 = blocks.zerosLike();
            int longest = 0;
            for (float[] v : blocks.values) longest = Math.max(longest, v.length);
            steps = new float[longest];
            where = new int[longest];
        }
    }

    @Override
    public void resized(Pass pass) {
        Scratch s = pass.optimizerScratch instanceof Scratch k && k.pass == pass ? k : null;
        if (s == null) {
            s = new Scratch(pass);
            pass.optimizerScratch = s;
        } else {
            for (float[] v : s.m1) java.util.Arrays.fill(v, 0f);
            for (float[] v : s.m2) java.util.Arrays.fill(v, 0f);
        }
        blocks = s.blocks;
        m1 = s.m1;
        m2 = s.m2;
        steps = s.steps;
        where = s.where;
        t = 0;
        super.resized(pass);
    }
}
