package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.random.RandomStream;

/**
 * Test accuracy of a network. The whole set goes through as one batch, so batch norm
 * normalizes with the statistics of the evaluated set and the result does not depend on
 * how the set would have been cut. A MESU network averages the softmax outputs of its
 * sampled networks (§10.2); the samples are keyed by a fixed stream, so evaluating twice
 * gives the same number.
 */
public final class TestAccuracy {
    private static final long KEY_EVAL = 0x4556414cL;

    private TestAccuracy() {}

    public static double accuracy(Network net, Samples test, WorkerPool pool) {
        if (test.n == 0) return Double.NaN;
        long t = Phases.start();
        double acc = evaluate(net, test, pool);
        Phases.EVALUATION.add(t, test.n);
        return acc;
    }

    private static double evaluate(Network net, Samples test, WorkerPool pool) {
        Pass p = net.evalPass();
        if (p == null || p.stale() || p.capacity != test.n) {
            net.evalPass(null); // let the old workspace go before allocating the new one
            p = new Pass(net, test.n, false, pool);
            net.evalPass(p);
        }
        p.load(test, null, 0, test.n);
        float[][] sigmas = net.memory().posteriorSigmas();
        int C = net.outputWidth();
        int correct = 0;
        if (sigmas == null) {
            DeviceSynapses devices = net.devices();
            if (devices != null) devices.read(p);
            p.prepareWeights();
            p.forward();
            correct = p.correct();
            p.useHiddenWeights();
        } else {
            int S = Math.max(1, net.memory().posteriorSamples());
            float[] avg = new float[test.n * C];
            float[][] sample = new float[p.layerCount()][];
            for (int s = 0; s < S; s++) {
                for (int l = 0; l < sample.length; l++) {
                    float[] mu = p.layer(l).w;
                    if (sample[l] == null) sample[l] = new float[mu.length];
                    RandomStream r = RandomStream.of(net.seed(), KEY_EVAL, s, l);
                    for (int i = 0; i < mu.length; i++) sample[l][i] = (float) (mu[i] + sigmas[l][i] * r.nextGaussian());
                    p.useWeights(l, sample[l]);
                }
                p.prepareWeights();
                p.forward();
                p.softmaxLoss();
                p.accumulateProbabilities(avg);
            }
            p.useHiddenWeights();
            int[] y = p.labels();
            for (int b = 0; b < test.n; b++) if (Pass.argmax(avg, b * C, C) == y[b]) correct++;
        }
        return (double) correct / test.n;
    }
}
