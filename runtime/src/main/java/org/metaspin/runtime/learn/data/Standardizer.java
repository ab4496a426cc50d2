package org.metaspin.runtime.learn.data;

import java.util.function.IntToDoubleFunction;

/**
 * Standardizes features with the training set's statistics only (§10.1), so that nothing
 * of the test set leaks into what the network sees during training.
 */
final class Standardizer {
    private Standardizer() {}

    /** Returns {train, test} standardized; raw arrays are row-major with {@code d} columns. */
    static float[][] apply(double[] train, double[] test, int d) {
        double[][] s = statistics(i -> train[i], train.length, d);
        return new float[][] {transform(i -> train[i], train.length, s[0], s[1], d), transform(i -> test[i], test.length, s[0], s[1], d)};
    }

    /**
     * For unsigned bytes (IDX pixels): the standardized value of every byte value of every
     * feature, {@code table[j * Samples.CODES + b]}, the same float {@link #apply} gives for that byte,
     * so the samples can keep the bytes ({@link Samples#coded}).
     */
    static float[] table(byte[] train, int d) {
        double[][] s = statistics(i -> train[i] & 0xff, train.length, d);
        float[] table = new float[d * Samples.CODES];
        for (int j = 0; j < d; j++) {
            for (int b = 0; b < Samples.CODES; b++) table[j * Samples.CODES + b] = standardized(b, s[0][j], s[1][j]);
        }
        return table;
    }

    /** {mean, 1 / standard deviation} per feature of the training rows. */
    private static double[][] statistics(IntToDoubleFunction train, int trainLength, int d) {
        int n = trainLength / d;
        double[] mean = new double[d];
        double[] var = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += train.applyAsDouble(i * d + j);
        for (int j = 0; j < d; j++) mean[j] /= Math.max(1, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = train.applyAsDouble(i * d + j) - mean[j];
                var[j] += c * c;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(var[j] / Math.max(1, n));
            // A constant feature carries no information; dividing by ~0 would only amplify noise.
            scale[j] = sd > 1e-12 ? 1 / sd : 1;
        }
        return new double[][] {mean, scale};
    }

    private static float[] transform(IntToDoubleFunction raw, int length, double[] mean, double[] scale, int d) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            int j = i % d;
            out[i] = standardized(raw.applyAsDouble(i), mean[j], scale[j]);
        }
        return out;
    }

    private static float standardized(double v, double mean, double scale) {
        return (float) ((v - mean) * scale);
    }
}
