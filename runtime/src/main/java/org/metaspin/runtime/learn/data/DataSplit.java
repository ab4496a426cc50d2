package org.metaspin.runtime.learn.data;

/** The train/test rule of §10.1: a sample whose index is a multiple of 5 is a test sample. */
final class DataSplit {
    private DataSplit() {}

    static boolean isTest(int index) { return index % 5 == 0; }

    /** Splits a labelled table by the rule and standardizes it into a {@link Dataset}. */
    static Dataset byIndex(String name, double[] x, int[] y, int d) {
        int n = y.length;
        int nTest = (n + 4) / 5;
        double[] trX = new double[(n - nTest) * d];
        double[] teX = new double[nTest * d];
        int[] trY = new int[n - nTest];
        int[] teY = new int[nTest];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (isTest(i)) {
                System.arraycopy(x, i * d, teX, b * d, d);
                teY[b++] = y[i];
            } else {
                System.arraycopy(x, i * d, trX, a * d, d);
                trY[a++] = y[i];
            }
        }
        return Dataset.standardized(name, classCount(y), trX, trY, teX, teY, d);
    }

    static int classCount(int[]... labels) {
        int max = -1;
        for (int[] ys : labels) for (int v : ys) max = Math.max(max, v);
        return max + 1;
    }
}
