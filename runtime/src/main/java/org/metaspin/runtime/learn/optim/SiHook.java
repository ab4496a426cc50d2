package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.LinearLayer;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;

/**
 * Synaptic intelligence (Zenke, Poole and Ganguli, ICML 2017): along the training
 * trajectory each weight accumulates {@code omega += -g * dw} (g the loss gradient without
 * the penalty, dw the actual step); at the task's end its importance grows by
 * {@code omega / ((w_end - w_start)^2 + xi)} and the anchor moves to w_end. The penalty is
 * {@code c * sum importance * (w - anchor)^2}.
 */
final class SiHook implements StepHook {
    static final String IMPORTANCE = "si.importance";
    static final String ANCHOR = "si.anchor";

    private final float c;
    private final float xi;
    private final Network net;
    private float[][] importance;
    private float[][] anchor;
    private float[][] omega;
    private float[][] start;
    private float[][] lossGrad;
    private float[][] before;
    private final boolean active;
    private final int[] ins;
    private final int[] outs;

    SiHook(double c, double xi, Network net, Pass pass) {
        this.c = (float) c;
        this.xi = (float) xi;
        this.net = net;
        this.active = net.memory().has(IMPORTANCE);
        importance = net.memory().get(IMPORTANCE, net, 0f);
        anchor = net.memory().get(ANCHOR, net, 0f);
        int L = pass.layerCount();
        omega = new float[L][];
        start = new float[L][];
        lossGrad = new float[L][];
        before = new float[L][];
        ins = new int[L];
        outs = new int[L];
        for (int l = 0; l < L; l++) {
            ins[l] = pass.layer(l).in;
            outs[l] = pass.layer(l).out;
            int n = pass.layer(l).w.length;
            omega[l] = new float[n];
            start[l] = pass.layer(l).w.clone();
            lossGrad[l] = new float[n];
            before[l] = new float[n];
        }
    }

    @Override
    public void beforeUpdate(Pass pass) {
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] g = pass.gradients().weights(l);
            float[] w = pass.layer(l).w;
            System.arraycopy(g, 0, lossGrad[l], 0, g.length);
            System.arraycopy(w, 0, before[l], 0, w.length);
            if (!active) continue;
            float[] imp = importance[l];
            float[] a = anchor[l];
            float twoC = 2 * c;
            for (int i = 0; i < g.length; i++) g[i] += twoC * imp[i] * (w[i] - a[i]);
        }
    }

    @Override
    public void afterUpdate(Pass pass) {
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] w = pass.layer(l).w;
            float[] g = lossGrad[l];
            float[] b = before[l];
            float[] o = omega[l];
            for (int i = 0; i < w.length; i++) o[i] -= g[i] * (w[i] - b[i]);
        }
    }

    @Override
    public void end(Task task, Pass pass) {
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] w = pass.layer(l).w;
            for (int i = 0; i < w.length; i++) {
                float d = w[i] - start[l][i];
                // Omega can come out slightly negative from noisy steps; an importance must not.
                importance[l][i] += Math.max(0f, omega[l][i]) / (d * d + xi);
                anchor[l][i] = w[i];
            }
        }
    }

    @Override
    public void resized(Pass pass) {
        importance = net.memory().get(IMPORTANCE, net, 0f);
        anchor = net.memory().get(ANCHOR, net, 0f);
        for (int l = 0; l < pass.layerCount(); l++) {
            LinearLayer ly = pass.layer(l);
            int oldIn = ins[l];
            int oldOut = outs[l];
            if (oldIn == ly.in && oldOut == ly.out) continue;
            omega[l] = LinearLayer.widen(omega[l], oldIn, oldOut, ly.in, ly.out, 0f);
            start[l] = LinearLayer.widen(start[l], oldIn, oldOut, ly.in, ly.out, 0f);
            // A new weight's start is where it was born, so only its own moves count.
            for (int i = 0; i < ly.in; i++) {
                for (int j = 0; j < ly.out; j++) if (i >= oldIn || j >= oldOut) start[l][i * ly.out + j] = ly.w[i * ly.out + j];
            }
            lossGrad[l] = new float[ly.w.length];
            before[l] = new float[ly.w.length];
            ins[l] = ly.in;
            outs[l] = ly.out;
        }
    }
}
