package org.metaspin.runtime.learn.data;

/**
 * Standardizes features with the training set's statistics only (§10.1), so that nothing
 * of the test set leaks into what the network sees during training.
 */
final class Standardizer {
    private Standardizer() {}

    /** Returns {train, test} standardized; raw arrays are row-major with {@code d} columns. */
    static float[][] apply(double[] train, double[] test, int d) {
        int n = train.length / d;
        double[] mean = new double[d];
        double[] var = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += train[i * d + j];
        for (int j = 0; j < d; j++) mean[j] /= Math.max(1, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = train[i * d + j] - mean[j];
                var[j] += c * c;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(var[j] / Math.max(1, n));
            // A constant feature carries no information; dividing by ~0 would only amplify noise.
            scale[j] = sd > 1e-12 ? 1 / sd : 1;
        }
        return new float[][] {transform(train, mean, scale, d), transform(test, mean, scale, d)};
    }

    private static float[] transform(double[] raw, double[] mean, double[] scale, int d) {
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            int j = i % d;
            out[i] = (float) ((raw[i] - mean[j]) * scale[j]);
        }
        return out;
    }
}
