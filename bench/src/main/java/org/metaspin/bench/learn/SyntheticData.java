package org.metaspin.bench.learn;

import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.random.RandomStream;

/**
 * Fashion-MNIST-shaped data without the files: 784 standardized inputs, 10 classes, each
 * class a noisy copy of its own random prototype, so the network has something to fit.
 */
final class SyntheticData {
    private SyntheticData() {}

    static Task task(int n, int d, int classes, long seed) {
        RandomStream r = RandomStream.of(seed);
        float[] protos = new float[classes * d];
        for (int i = 0; i < protos.length; i++) protos[i] = (float) r.nextGaussian();
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % classes;
            for (int j = 0; j < d; j++) x[i * d + j] = protos[y[i] * d + j] + 2f * (float) r.nextGaussian();
        }
        Samples s = new Samples(x, y, d);
        return new Task("synthetic", classes, s, s);
    }
}
