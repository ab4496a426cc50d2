package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/**
 * Elastic weight consolidation (Kirkpatrick et al., PNAS 114:3521, 2017): the penalty
 * {@code lambda/2 * sum_k F_k (w - a_k)^2} over past tasks k. Its gradient
 * {@code lambda * (sum F_k * w - sum F_k a_k)} needs only the two running sums, which the
 * network keeps, so memory does not grow with the number of tasks.
 *
 * <p>F is the empirical Fisher diagonal on the task's training set with the true labels:
 * the mean over samples of the squared per-sample gradient, where a sample's gradient of a
 * weight is its own term x * delta of the batch backward (batch norm couples the samples
 * of a batch, so that is the per-sample share of the batch gradient).
 */
final class EwcHook implements StepHook {
    static final String FISHER = "ewc.fisher";
    static final String ANCHORED = "ewc.fisherTimesAnchor";

    private final float lambda;
    private final Network net;
    private final WorkerPool pool;
    private float[][] fisher;
    private float[][] anchored;
    private boolean active;

    EwcHook(double lambda, Network net, WorkerPool pool) {
        this.lambda = (float) lambda;
        this.net = net;
        this.pool = pool;
        this.active = net.memory().has(FISHER);
        fetch();
    }

    private void fetch() {
        fisher = net.memory().get(FISHER, net, 0f);
        anchored = net.memory().get(ANCHORED, net, 0f);
    }

    @Override
    public void beforeUpdate(Pass p) {
        if (!active) return;
        for (int l = 0; l < p.layerCount(); l++) {
            float[] g = p.gradients().weights(l);
            float[] w = p.layer(l).w;
            float[] f = fisher[l];
            float[] fa = anchored[l];
            pool.forRange(f.length, 1 << 14, (from, to) -> {
                for (int i = from; i < to; i++) g[i] += lambda * (f[i] * w[i] - fa[i]);
            });
        }
    }

    @Override
    public void end(Task task, Pass p) {
        Samples s = task.trainSamples();
        float[][] f = new float[p.layerCount()][];
        for (int l = 0; l < f.length; l++) f[l] = new float[p.layer(l).w.length];
        int B = p.capacity();
        for (int start = 0; start < s.n; start += B) {
            int count = Math.min(B, s.n - start);
            p.load(s, null, start, count);
            p.prepareWeights();
            p.forward();
            p.softmaxLoss();
            p.backward(1f, f);
        }
        float inv = 1f / s.n;
        for (int l = 0; l < f.length; l++) {
            float[] w = p.layer(l).w;
            for (int i = 0; i < w.length; i++) {
                float fi = f[l][i] * inv;
                fisher[l][i] += fi;
                anchored[l][i] += fi * w[i];
            }
        }
        active = true;
    }

    @Override
    public void resized(Pass p) {
        fetch();
    }
}
