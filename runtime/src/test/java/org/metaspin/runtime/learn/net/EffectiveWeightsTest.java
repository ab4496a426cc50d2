package org.metaspin.runtime.learn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.learn.kernel.BitGemm;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.random.RandomStream;

/**
 * The packed weight bits the XNOR/popcount product reads are the signs of the hidden weights in
 * {@link BitGemm#packWeights}'s layout, whichever way they were brought up to date: packed
 * whole, rewritten where signs changed (training), or packed by row blocks without a transpose (not training).
 */
class EffectiveWeightsTest {
    // 130 inputs: three words per column, the last one partial; 70 outputs: not a multiple of 64
    private static final int IN = 130;
    private static final int OUT = 70;

    @Test
    void packedBitsAreTheSignsOfTheWeightsAfterEveryKindOfUpdate() {
        for (boolean training : new boolean[] {false, true}) {
            // layer 1 of two: only layers after the first are transposed while training
            LinearLayer[] layers = {new LinearLayer(4, IN, true, false, true), new LinearLayer(IN, OUT, true, true, true)};
            RandomStream r = RandomStream.of(11);
            fill(layers[1].w, r);
            EffectiveWeights ew = new EffectiveWeights(layers, training, WorkerPool.shared());
            ew.prepare();
            assertArrayEquals(expectedBits(layers[1].w), ew.bits[1], "first prepare, training " + training);
            for (int round = 0; round < 3; round++) {
                // flip about one sign in ten, zeros included (sign(0) = +1)
                float[] w = layers[1].w;
                for (int i = 0; i < w.length; i++) if (r.nextDouble() < 0.1) w[i] = r.nextDouble() < 0.2 ? 0f : -w[i];
                ew.prepare();
                assertArrayEquals(expectedBits(w), ew.bits[1], "after changes, round " + round + ", training " + training);
            }
        }
    }

    private static void fill(float[] w, RandomStream r) {
        for (int i = 0; i < w.length; i++) w[i] = (float) (r.nextDouble() - 0.5);
    }

    /** W (IN x OUT, row-major) transposed to +-1 rows, packed as the product expects. */
    private static long[] expectedBits(float[] w) {
        float[] wt = new float[OUT * IN];
        for (int i = 0; i < IN; i++) {
            for (int j = 0; j < OUT; j++) wt[j * IN + i] = w[i * OUT + j] >= 0 ? 1f : -1f;
        }
        long[] bits = new long[OUT * BitGemm.words(IN)];
        BitGemm.packWeights(wt, OUT, IN, bits);
        return bits;
    }
}
