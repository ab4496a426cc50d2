package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;
import org.metaspin.runtime.random.RandomStream;

/**
 * MESU, Metaplasticity from Synaptic Uncertainty (Bonnet et al., "Bayesian continual
 * learning and forgetting in neural networks", 2025): every weight is a Gaussian N(mu,
 * sigma^2); the formulas of §10.2 move mu and sigma, with the cost C (the summed
 * cross-entropy of the batch, i.e. its negative log-likelihood, since N counts samples)
 * estimated by {@code samples} reparameterized draws w = mu + sigma * eps. On a BNN the
 * forward uses sign(w) and the straight-through gradient reaches w, hence mu and sigma.
 * So MESU is both the step's gradient estimate (the draws) and its update rule.
 *
 * <p>Batch-norm parameters have no posterior here and are left as they are: moving them
 * with another rule would let them forget what MESU protects.
 */
final class MesuRule implements GradientEstimate, UpdateRule {
    static final String SIGMA = "mesu.sigma";
    private static final long KEY_MESU = 0x4d455355L;
    /** Keeps sigma positive when a large curvature step would overshoot zero. */
    private static final float SIGMA_FLOOR = 1e-6f;

    private final double sigmaPrior;
    private final double n;
    private final int samples;
    private final Network net;
    private final long call;
    private float[][] sigma;
    private float[][] sample;
    private float[][] eps;
    private float[][] gMu;
    private float[][] gSigma;

    MesuRule(double sigmaPrior, double n, int samples, Network net, Pass pass, long call) {
        this.sigmaPrior = sigmaPrior;
        this.n = n;
        this.samples = samples;
        this.net = net;
        this.call = call;
        net.memory().setPosterior(SIGMA, samples);
        resized(pass);
    }

    @Override
    public int draws() { return samples; }

    /** The summed loss: N counts samples, so C is the batch's negative log-likelihood. */
    @Override
    public float lossScale(Pass pass) { return 1f; }

    @Override
    public void begin(Pass pass) {
        for (int l = 0; l < pass.layerCount(); l++) {
            java.util.Arrays.fill(gMu[l], 0f);
            java.util.Arrays.fill(gSigma[l], 0f);
        }
    }

    @Override
    public void draw(Pass pass, long step, int s) {
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] mu = pass.layer(l).w;
            float[] sg = sigma[l];
            float[] e = eps[l];
            float[] w = sample[l];
            RandomStream r = RandomStream.of(net.seed(), KEY_MESU, call, step, s, l);
            for (int i = 0; i < mu.length; i++) {
                float g = (float) r.nextGaussian();
                e[i] = g;
                w[i] = mu[i] + sg[i] * g;
            }
            pass.useWeights(l, w);
        }
    }

    @Override
    public void gather(Pass pass, int s) {
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] g = pass.gradients().weights(l);
            float[] e = eps[l];
            float[] gm = gMu[l];
            float[] gs = gSigma[l];
            for (int i = 0; i < g.length; i++) {
                gm[i] += g[i];
                gs[i] += g[i] * e[i];
            }
        }
    }

    @Override
    public void update(Pass pass, long step) {
        float invS = 1f / samples;
        double prior2 = sigmaPrior * sigmaPrior;
        float muDecay = (float) (1 / (n * prior2));
        float sigmaPull = (float) (1 / (2 * n * prior2));
        float p2 = (float) prior2;
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] mu = pass.layer(l).w;
            float[] sg = sigma[l];
            float[] gm = gMu[l];
            float[] gs = gSigma[l];
            for (int i = 0; i < mu.length; i++) {
                float s = sg[i];
                float s2 = s * s;
                float dMu = -s2 * gm[i] * invS + s2 * muDecay * (0f - mu[i]);
                float dSigma = -s2 / 2 * gs[i] * invS + s * sigmaPull * (p2 - s2);
                mu[i] += dMu;
                sg[i] = Math.max(SIGMA_FLOOR, s + dSigma);
            }
        }
    }

    @Override
    public void resized(Pass pass) {
        sigma = net.memory().get(SIGMA, net, (float) sigmaPrior);
        int L = pass.layerCount();
        sample = new float[L][];
        eps = new float[L][];
        gMu = new float[L][];
        gSigma = new float[L][];
        for (int l = 0; l < L; l++) {
            int len = pass.layer(l).w.length;
            sample[l] = new float[len];
            eps[l] = new float[len];
            gMu[l] = new float[len];
            gSigma[l] = new float[len];
        }
    }
}
