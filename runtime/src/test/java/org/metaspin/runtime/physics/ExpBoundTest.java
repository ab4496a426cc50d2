package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exp-free upper bound that lets the array kernel settle most draws without the exact probability. */
class ExpBoundTest {
    /** The chord of 2^-f over [-1/2, 1/2] over 2^-f is largest, 1.0615, where its slope is ln 2 times its height. */
    private static final double WORST = 1.0616;

    @Test
    void boundsExpFromAboveAndStaysClose() {
        SplittableRandom r = new SplittableRandom(4);
        double worst = 0;
        for (int n = 0; n < 2_000_000; n++) {
            double x = n < 1_000_000 ? n * 6.9e-4 : r.nextDouble() * 690; // below the 2^-1000 floor
            double exact = Math.exp(-x), bound = CompactMath.expNegUpper(x);
            assertTrue(bound >= exact * (1 + 5e-10), "x = " + x + ": " + bound + " < " + exact);
            worst = Math.max(worst, bound / exact);
        }
        assertTrue(worst < WORST, "at most 6.2 % above: " + worst);
        assertTrue(worst > 1.06, "the chord's worst case is reached: " + worst);
    }

    @Test
    void exactAtHalfIntegerPowersOfTwoUpToTheMargin() {
        // the chord meets 2^-f at f = +-1/2
        double ln2 = Math.log(2);
        for (int k = 0; k < 60; k++) {
            double x = (k + 0.5) * ln2;
            assertEquals(Math.exp(-x), CompactMath.expNegUpper(x), Math.exp(-x) * 2e-9);
        }
    }

    @Test
    void underflowAnswersASmallPositiveBound() {
        for (double x : new double[] {700, 745, 1e4, Double.POSITIVE_INFINITY}) {
            double b = CompactMath.expNegUpper(x);
            assertTrue(b > 0 && b <= 0x1p-999 && b >= Math.exp(-x), x + ": " + b);
        }
        for (double x : new double[] {0, -0.0}) {
            double b = CompactMath.expNegUpper(x);
            assertTrue(b >= 1 && b < WORST, x + ": " + b);
        }
    }
}
