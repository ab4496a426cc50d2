package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.random.RandomStream;

/** The ziggurat's output is standard normal: moments, tails, and a Kolmogorov–Smirnov test. */
class ZigguratTest {
    @Test
    void standardNormal() {
        int n = 400_000;
        double[] x = new double[n];
        RandomStream rs = RandomStream.of(12345, 1);
        double m1 = 0, m2 = 0, m4 = 0;
        int beyond3 = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Ziggurat.next(rs);
            m1 += x[i] / n;
            m2 += x[i] * x[i] / n;
            m4 += x[i] * x[i] * x[i] * x[i] / n;
            if (Math.abs(x[i]) > 3) beyond3++;
        }
        assertEquals(0, m1, 5 * Math.sqrt(1.0 / n));
        assertEquals(1, m2, 5 * Math.sqrt(2.0 / n));
        assertEquals(3, m4, 5 * Math.sqrt(96.0 / n));
        // P(|x| > 3) = 0.0026998: the tail branch works
        assertEquals(0.0026998 * n, beyond3, 5 * Math.sqrt(0.0027 * n));
        Arrays.sort(x);
        double d = 0;
        for (int i = 0; i < n; i++) {
            double cdf = phi(x[i]);
            d = Math.max(d, Math.max(cdf - i / (double) n, (i + 1) / (double) n - cdf));
        }
        // KS critical value at 1 %: 1.63 / sqrt(n)
        assertTrue(d < 1.63 / Math.sqrt(n), "KS D = " + d);
    }

    /** Normal CDF via erfc (W. J. Cody's rational approximation is overkill here: a 1e-7 series is enough for KS at n = 4e5). */
    static double phi(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** Numerical Recipes' Chebyshev erfc, relative error < 1.2e-7. */
    static double erfc(double x) {
        double z = Math.abs(x), t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
