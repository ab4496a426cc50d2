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
        return apply(i -> train[i], train.length, i -> test[i], test.length, d);
    }

    /** As {@link #apply(double[], double[], int)} for unsigned bytes (IDX pixels), without widening them to an array of doubles first. */
    static float[][] apply(byte[] train, byte[] test, int d) {
        return apply(i -> train[i] & 0xff, train.length, i -> test[i] & 0xff, test.length, d);
    }

    private static float[][] apply(IntToDoubleFunction train, int trainLength, IntToDoubleFunction test, int testLength, int d) {
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
        return new float[][] {transform(train, trainLength, mean, scale, d), transform(test, testLength, mean, scale, d)};
    }

    private static float[] transform(IntToDoubleFunction raw, int length, double[] mean, double[] scale, int d) {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            int j = i % d;
            out[i] = (float) ((raw.applyAsDouble(i) - mean[j]) * scale[j]);
        }
        return out;
    }
}
