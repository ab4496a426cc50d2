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
        for (current = 0; current < blocks.size(); current++) pool.forRange(blocks.values[current].length, 1 << 13, this);
    }

    @Override
    public void run(int from, int to) {
        int k = current;
        float[] w = blocks.values[k];
        float[] g = blocks.grads[k];
        float[] a = m1[k];
        float[] b = m2[k];
        float b1 = beta1;
        float b2 = beta2;
        boolean metaplastic = meta != null && blocks.weightLayer[k] >= 0;
        for (int i = from; i < to; i++) {
            float gi = g[i];
            float ai = b1 * a[i] + (1 - b1) * gi;
            float bi = b2 * b[i] + (1 - b2) * gi * gi;
            a[i] = ai;
            b[i] = bi;
            float s = stepSize * ai / ((float) Math.sqrt(bi * correction2) + eps);
            if (metaplastic && (w[i] >= 0) == (ai >= 0)) s *= (float) meta.apply(m, w[i]);
            w[i] -= s;
        }
    }

    @Override
    public void resized(Pass pass) {
        blocks = new Blocks(pass);
        m1 = blocks.zerosLike();
        m2 = blocks.zerosLike();
        t = 0;
        super.resized(pass);
    }
}
