package org.metaspin.runtime.learn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.random.RandomStream;

/**
 * Byte features kept as codes (IDX images): the same floats as standardizing them outright,
 * in a quarter of the memory, through every way tasks derive samples.
 */
class CodedSamplesTest {
    private static final int D = 20;

    private static byte[] bytes(int rows, long seed) {
        RandomStream r = RandomStream.of(seed);
        byte[] b = new byte[rows * D];
        // feature 3 constant, the others spread differently
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % D == 3 ? 7 : (int) (r.nextDouble() * (40 + 10 * (i % D))));
        return b;
    }

    private static double[] widened(byte[] b) {
        double[] v = new double[b.length];
        for (int i = 0; i < b.length; i++) v[i] = b[i] & 0xff;
        return v;
    }

    @Test
    void codesGiveTheFloatsThatStandardizingGives() {
        byte[] train = bytes(500, 1);
        byte[] test = bytes(100, 2);
        int[] trainY = new int[500];
        int[] testY = new int[100];
        Dataset coded = Dataset.standardized("b", 2, train, trainY, test, testY, D);
        Dataset floats = Dataset.standardized("f", 2, widened(train), trainY, widened(test), testY, D);
        assertArrayEquals(floats.trainSamples().features(), coded.trainSamples().features());
        assertArrayEquals(floats.testSamples().features(), coded.testSamples().features());
        float[] row = new float[D + 2];
        coded.testSamples().copyRow(7, row, 2);
        for (int j = 0; j < D; j++) assertEquals(floats.testSamples().features()[7 * D + j], row[2 + j]);
    }

    @Test
    void codesTakeAQuarterOfTheMemoryOfFloats() {
        byte[] train = bytes(2000, 3);
        Dataset coded = Dataset.standardized("b", 2, train, new int[2000], bytes(10, 4), new int[10], D);
        Dataset floats = Dataset.standardized("f", 2, widened(train), new int[2000], widened(bytes(10, 4)), new int[10], D);
        long n = 2000L * D;
        assertEquals(4 * n, floats.trainSamples().featureBytes());
        // one byte per feature, and the table of 256 floats per feature
        assertEquals(n + 4L * 256 * D, coded.trainSamples().featureBytes());
        assertTrue(coded.trainSamples().permuteFeatures(permutation()).featureBytes() < 2 * n);
    }

    @Test
    void rowsAndPermutedFeaturesAreTheSameEitherWay() {
        byte[] train = bytes(300, 5);
        Samples coded = Dataset.standardized("b", 2, train, new int[300], bytes(5, 6), new int[5], D).trainSamples();
        Samples floats = Dataset.standardized("f", 2, widened(train), new int[300], widened(bytes(5, 6)), new int[5], D).trainSamples();
        int[] perm = permutation();
        assertArrayEquals(floats.permuteFeatures(perm).features(), coded.permuteFeatures(perm).features());
        int[] rows = {299, 0, 17, 17, 150};
        assertArrayEquals(floats.rows(rows).features(), coded.rows(rows).features());
        assertArrayEquals(floats.permuteFeatures(perm).rows(rows).features(), coded.permuteFeatures(perm).rows(rows).features());
    }

    private static int[] permutation() {
        int[] p = new int[D];
        for (int j = 0; j < D; j++) p[j] = (j * 7 + 3) % D;
        return p;
    }
}
