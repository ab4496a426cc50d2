package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.random.RandomStream;

/** Deterministic and thermal checks of the LLG integrator against closed forms. */
class MacrospinDynamicsTest {
    private static final double GAMMA = Constants.gamma;

    @Test
    void larmorFrequency() {
        // Free precession about a field B along x: f = gamma B / (2 pi (1 + alpha^2)); alpha = 1e-3
        // shifts it by 1e-6, so gamma B / (2 pi) is the reference (Kittel, Introduction to
        // Solid State Physics, ch. 13). B = 0.1 T: f = 2.80250 GHz, period 356.8 ps.
        double b = 0.1;
        MacrospinEngine eng = new MacrospinEngine(GAMMA, 1e-3, 0, b, 0, 1e-12);
        int steps = 20_000;
        double[] trace = new double[steps];
        eng.run(new double[] {0, 0, 1}, steps, 0, 0, null, trace, 0);
        double first = -1, last = -1;
        int crossings = 0;
        for (int k = 1; k < steps; k++) {
            if (Math.signum(trace[k]) != Math.signum(trace[k - 1])) {
                double t = (k - 1 + trace[k - 1] / (trace[k - 1] - trace[k])) * 1e-12;
                if (first < 0) first = t;
                last = t;
                crossings++;
            }
        }
        double f = (crossings - 1) / 2.0 / (last - first);
        double expected = GAMMA * b / (2 * Math.PI);
        System.out.printf("Larmor: %.6g Hz vs %.6g Hz (%+.4f %%)%n", f, expected, 100 * (f / expected - 1));
        assertEquals(expected, f, expected * 0.005);
        assertEquals(expected, f, expected * 1e-3, "Heun with dt = 1 ps should be far better than the bar");
    }

    @Test
    void dampingEnvelopeTime() {
        // LLG relaxation toward a field along x from m = +z obeys tan(theta/2) = exp(-t / tauD),
        // tauD = (1 + alpha^2) / (alpha gamma B), theta the angle to the field (e.g. Mallinson,
        // IEEE Trans. Magn. 23, 2003, 1987). Reference 1 / (alpha gamma B) within 2 %.
        double alpha = 0.05, b = 0.1, dt = 1e-12;
        MacrospinEngine eng = new MacrospinEngine(GAMMA, alpha, 0, b, 0, dt);
        double tauRef = 1 / (alpha * GAMMA * b);
        int steps = (int) Math.round(2 * tauRef / dt);
        double[] m = {0, 0, 1};
        eng.run(m, steps, 0, 0, null, null, 0);
        double theta = Math.acos(m[0]);
        double tauMeasured = -steps * dt / Math.log(Math.tan(theta / 2));
        System.out.printf("damping: %.6g s vs 1/(alpha gamma B) = %.6g s (%+.3f %%)%n", tauMeasured, tauRef, 100 * (tauMeasured / tauRef - 1));
        assertEquals(tauRef, tauMeasured, tauRef * 0.02);
        assertEquals(tauRef * (1 + alpha * alpha), tauMeasured, tauRef * 1e-3);
    }

    @Test
    void thermalEquilibriumIsBoltzmann() {
        // Uniaxial energy E = -Keff V m_z^2: p(m_z) ∝ exp(Delta m_z^2) on [-1, 1] (uniform measure
        // of m_z on the sphere; Brown, Phys. Rev. 130, 1677, 1963). The thermal field variance
        // 2 alpha kB T / (gamma Ms V dt) gives sigma^2 = 2 alpha bk / (2 Delta gamma dt).
        // 4000 independent trajectories of 5 ns (9 relaxation times), |m_z| at the end,
        // chi-square over 10 bins against the integral of exp(Delta x^2).
        double alpha = 0.1, bk = 0.1, dt = 1e-12, delta = 3;
        double sigma = Math.sqrt(2 * alpha * bk / (2 * delta * GAMMA * dt));
        MacrospinEngine eng = new MacrospinEngine(GAMMA, alpha, bk, 0, sigma, dt);
        int n = 4000, bins = 10;
        double[] ends = IntStream.range(0, n).parallel().mapToDouble(k -> {
            double[] m = {0, 0, 1};
            eng.run(m, 5000, 0, 0, RandomStream.of(7, 99, k), null, 0);
            return Math.abs(m[2]);
        }).toArray();
        long[] counts = new long[bins];
        double meanSq = 0;
        for (double x : ends) {
            counts[Math.min(bins - 1, (int) (x * bins))]++;
            meanSq += x * x / n;
        }
        double[] w = new double[bins];
        double total = 0;
        for (int i = 0; i < bins; i++) {
            w[i] = simpson(x -> Math.exp(delta * x * x), i / (double) bins, (i + 1) / (double) bins);
            total += w[i];
        }
        double chi2 = 0;
        for (int i = 0; i < bins; i++) {
            double expected = n * w[i] / total;
            chi2 += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        // 9 degrees of freedom: P(chi2 > 27.88) = 0.001
        double theoryMeanSq = simpson(x -> x * x * Math.exp(delta * x * x), 0, 1) / total;
        System.out.printf("Boltzmann, Delta = 3: chi2 = %.2f (9 dof), <m_z^2> = %.4f vs %.4f%n", chi2, meanSq, theoryMeanSq);
        assertTrue(chi2 < 27.88, "chi2 = " + chi2);
        assertEquals(theoryMeanSq, meanSq, 0.01, "<m_z^2>");
    }

    @Test
    void sotThresholdMatchesLee() {
        // Lee et al., APL 102, 112410 (2013): the damping-like field needed to switch a
        // perpendicular macrospin with in-plane field Bx is mu0 Hk / 2 - Bx / sqrt 2, at T = 0.
        // Their threshold is quasi-static (where the state held by the current crosses the
        // equator), so the magnet first settles under Bx and the current is ramped over 20 ns;
        // an abrupt step switches lower, by the precessional overshoot (see the next test).
        // Bisection on bDL for Bx = 0.1, 0.2 and 0.3 mu0 Hk; the bar is 20 %.
        double bk = 0.5, alpha = 0.1, dt = 1e-12;
        for (double frac : new double[] {0.1, 0.2, 0.3}) {
            double bx = frac * bk;
            MacrospinEngine eng = new MacrospinEngine(GAMMA, alpha, bk, bx, 0, dt);
            assertTrue(!rampEndsDown(eng, bk / 2), "bDL * Bx > 0 must not switch +z (see MacrospinEngine)");
            double lo = 0, hi = bk;
            assertTrue(rampEndsDown(eng, -hi));
            for (int it = 0; it < 14; it++) {
                double mid = (lo + hi) / 2;
                if (rampEndsDown(eng, -mid)) hi = mid;
                else lo = mid;
            }
            double lee = bk / 2 - bx / Math.sqrt(2);
            System.out.printf("SOT threshold at Bx = %.1f mu0 Hk: macrospin %.4f T, Lee %.4f T (%+.1f %%)%n", frac, hi, lee, 100 * (hi / lee - 1));
            assertEquals(lee, hi, 0.2 * lee, "Bx = " + frac + " mu0 Hk");
        }
    }

    private static boolean rampEndsDown(MacrospinEngine eng, double bdl) {
        double[] m = {0, 0, 1};
        eng.run(m, 5_000, 0, 0, null, null, 0);
        for (int k = 1; k <= 200; k++) eng.run(m, 100, bdl * k / 200, 0, null, null, 0);
        eng.run(m, 5_000, bdl, 0, null, null, 0);
        return m[2] < 0;
    }

    @Test
    void abruptPulseSwitchesWithThePolarityTheConventionSays() {
        // An abrupt 20 ns step of bDL from m = +z, then 5 ns of relaxation: the overshoot lowers
        // the threshold below the quasi-static one, never raises it; the other polarity never switches.
        double bk = 0.5, bx = 0.1;
        MacrospinEngine eng = new MacrospinEngine(GAMMA, 0.1, bk, bx, 0, 1e-12);
        double lee = bk / 2 - bx / Math.sqrt(2);
        for (double f : new double[] {0.2, 0.5, 1.0}) {
            double[] m = {0, 0, 1};
            eng.run(m, 20_000, f * lee, 0, null, null, 0);
            eng.run(m, 5_000, 0, 0, null, null, 0);
            assertTrue(m[2] > 0.9, "bDL * Bx > 0 at " + f + " x threshold");
        }
        double[] m = {0, 0, 1};
        eng.run(m, 20_000, -1.05 * lee, 0, null, null, 0);
        eng.run(m, 5_000, 0, 0, null, null, 0);
        assertTrue(m[2] < -0.9);
        m = new double[] {0, 0, 1};
        eng.run(m, 20_000, -0.5 * lee, 0, null, null, 0);
        eng.run(m, 5_000, 0, 0, null, null, 0);
        assertTrue(m[2] > 0.9);
    }

    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b) {
        int n = 200;
        double h = (b - a) / n, s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) s += f.applyAsDouble(a + i * h) * (i % 2 == 0 ? 2 : 4);
        return s * h / 3;
    }
}
