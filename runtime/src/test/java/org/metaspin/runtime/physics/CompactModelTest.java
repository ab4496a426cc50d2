package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;

/** The limits and rules of §9.1 on the device of {@link Fixture} (Delta = 79.14, Ic0 = 8.05 mA, mu0 Hk = 0.766 T). */
class CompactModelTest {
    private final Device d = Fixture.synapse();

    private static double p(Device d, double i, double t, double b, double h) {
        return Switching.switching_probability(d, i, t, b, h);
    }

    @Test
    void zeroCurrentIsNeelBrownBothWays() {
        // Néel–Brown: tau = tau0 exp(Delta); no current picks a direction, so P = (1 - exp(-2t/tau)) / 2.
        Device low = Fixture.synapse("T", 1500.0); // Delta = 79.1357 * 300 / 1500 = 15.827
        assertEquals(79.13570484 / 5, low.Delta(), 1e-8);
        double tau = 1e-9 * Math.exp(low.Delta());
        assertEquals(-Math.expm1(-2 * 1e-3 / tau) / 2, p(low, 0, 1e-3, 0, 0), 1e-12);
        assertEquals(0.5, p(low, 0, 1e6, 0, 0), 1e-12);
        // short times: about t / retention
        assertEquals(1e-6 / low.retention(), p(low, 0, 1e-6, 0, 0), 1e-6 / low.retention() * 1e-3);
    }

    @Test
    void aboveThresholdIsPrecessional() {
        double b = 0.05;
        double ic = Switching.critical_current(d, b, 0);
        // i = 1: tau = tau0 / max(1, 0) = tau0
        assertEquals(-Math.expm1(-2e-9 / 1e-9), p(d, ic, 2e-9, b, 0), 1e-12);
        assertEquals(-Math.expm1(-2e-9 / 1e-9), p(d, -1.5 * ic, 2e-9, -b, 0), 1e-12);
        // i = 3: tau = tau0 / 2
        assertEquals(-Math.expm1(-2 * 0.3e-9 / 1e-9), p(d, 3 * ic, 0.3e-9, b, 0), 1e-12);
    }

    @Test
    void belowThresholdTheCurrentLowersTheBarrierLinearly() {
        double b = 0.05;
        double ic = Switching.critical_current(d, b, 0);
        double barrier = Switching.energy_barrier(d, 0, b);
        double tau = 1e-9 * Math.exp(barrier * (1 - 0.8));
        assertEquals(-Math.expm1(-1e-6 / tau), p(d, 0.8 * ic, 1e-6, b, 0), 1e-12);
    }

    @Test
    void withoutFieldNothingChoosesTheDirection() {
        double ic = Switching.critical_current(d, 0, 0);
        // i = 2 without field: tau = tau0, but P saturates at one half.
        assertEquals(-Math.expm1(-2 * 5e-9 / 1e-9) / 2, p(d, 2 * ic, 5e-9, 0, 0), 1e-12);
        assertEquals(0.5, p(d, 10 * ic, 1e-6, 0, 0), 1e-12);
    }

    @Test
    void inPlaneFieldBarrierRule() {
        double bk = 1.25663706212e-6 * d.stack().Hk();
        for (double f : new double[] {0, 0.1, 0.5, 0.9}) {
            double expect = d.Delta() * (1 - f) * (1 - f);
            assertEquals(expect, Switching.energy_barrier(d, 0, f * bk), 1e-9 * d.Delta());
            assertEquals(expect, Switching.energy_barrier(d, 0, -f * bk), 1e-9 * d.Delta());
        }
        assertEquals(0, Switching.energy_barrier(d, 0, bk));
        assertEquals(0, Switching.energy_barrier(d, 0, 2 * bk));
        // the barrier is 0 at any temperature, T = 0 included
        Device cold = Fixture.synapse("T", 0.0);
        assertEquals(0, Switching.energy_barrier(cold, 0, 1.0));
        assertEquals(Double.POSITIVE_INFINITY, Switching.energy_barrier(cold, 0, 0.1));
    }

    @Test
    void zeroTemperatureGivesInfiniteValuesNotErrors() {
        Device cold = Fixture.synapse("T", 0.0);
        assertEquals(Double.POSITIVE_INFINITY, cold.Delta());
        assertEquals(Double.POSITIVE_INFINITY, cold.retention());
        assertEquals(0, p(cold, 0, 1, 0, 0));
        double ic = Switching.critical_current(cold, 0.05, 0);
        assertEquals(0, p(cold, 0.99 * ic, 1, 0.05, 0));
        assertEquals(-Math.expm1(-1), p(cold, ic, 1e-9, 0.05, 0), 1e-12);
    }

    @Test
    void monotonicInCurrentPulseFieldAndHidden() {
        Device g = Fixture.synapse("T", 600.0, "gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0));
        double ic = Switching.critical_current(g, 0.05, 0);
        double prev = -1;
        for (int k = 0; k <= 40; k++) {
            double q = p(g, ic * k / 30.0, 10e-9, 0.05, 0);
            assertTrue(q >= prev, "current step " + k);
            prev = q;
        }
        prev = -1;
        for (int k = 0; k <= 40; k++) {
            double q = p(g, 0.7 * ic, 1e-10 * Math.pow(1.5, k), 0.05, 0);
            assertTrue(q >= prev, "pulse step " + k);
            prev = q;
        }
        prev = -1;
        for (int k = 1; k <= 40; k++) {
            double q = p(g, 0.5 * ic, 10e-9, 0.02 * k, 0);
            assertTrue(q >= prev, "field step " + k);
            prev = q;
        }
        prev = 2;
        for (int k = 0; k <= 20; k++) {
            // positive dKs: gating raises the barrier and the critical current, so P falls with h
            double q = p(g, 0.5 * ic, 10e-9, 0.05, k / 20.0);
            assertTrue(q <= prev, "h step " + k);
            prev = q;
        }
        assertTrue(p(g, 0.5 * ic, 10e-9, 0.05, 0) > 10 * p(g, 0.5 * ic, 10e-9, 0.05, 1));
    }

    @Test
    void levelsRoundTheHiddenStateTheAnisotropySees() {
        Device g = Fixture.synapse("gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0, "levels", 3L));
        // levels 0, 0.5, 1: 0.24 -> 0, 0.25 -> 0.5 (tie goes up), 0.74 -> 0.5, 0.75 -> 1
        assertEquals(Switching.energy_barrier(g, 0, 0), Switching.energy_barrier(g, 0.24, 0));
        assertEquals(Switching.energy_barrier(g, 0.5, 0), Switching.energy_barrier(g, 0.25, 0));
        assertEquals(Switching.energy_barrier(g, 0.5, 0), Switching.energy_barrier(g, 0.74, 0));
        assertEquals(Switching.energy_barrier(g, 1, 0), Switching.energy_barrier(g, 0.75, 0));
        assertTrue(Switching.energy_barrier(g, 1, 0) > Switching.energy_barrier(g, 0.5, 0));
        // Keff(h=1) = Keff + dKs / tFree: Delta rises by dKs Vact / (kB T)
        double dDelta = 2e-4 / 1.1e-9 * g.activationVolume() / (1.380649e-23 * 300);
        assertEquals(g.Delta() + dDelta, Switching.energy_barrier(g, 1, 0), 1e-9 * g.Delta());
    }

    @Test
    void invalidArgumentsAreR0005() {
        assertInvalid(() -> p(d, 0, -1e-9, 0, 0), "pulse");
        assertInvalid(() -> p(d, 0, 1e-9, 0, 1.5), "hidden state");
        assertInvalid(() -> p(d, 0, 1e-9, 0, -0.1), "hidden state");
        assertInvalid(() -> Switching.energy_barrier(d, Double.NaN, 0), "hidden state");
        Device inPlane = Fixture.device("Thick", "stack", Fixture.stack("S",
                "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9), Layers.layer(Fixture.COFEB, 3e-9)),
                "free", Fixture.COFEB, "Ks", 1.3e-3), "shape", Shape.disk(80e-9));
        assertTrue(inPlane.Delta() < 0);
        assertInvalid(() -> p(inPlane, 1e-3, 1e-9, 0.01, 0), "perpendicular");
        assertInvalid(inPlane::Ic0, "perpendicular");
        Material bare = Fixture.material("Pt", "rho", 2e-7);
        Device noTheta = Fixture.device("Synapse", "stack", Fixture.stack("S",
                "layers", Fixture.layers(Layers.layer(bare, 5e-9), Layers.layer(Fixture.COFEB, 1.1e-9)),
                "free", Fixture.COFEB, "Ks", 1.3e-3), "shape", Shape.disk(80e-9));
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> p(noTheta, 1e-3, 1e-9, 0.01, 0));
        assertEquals("device Synapse: the channel material Pt has no `thetaSH`", f.getMessage());
        // without a current the spin Hall angle is not needed
        assertTrue(p(noTheta, 0, 1e-9, 0.01, 0) >= 0);
    }

    static void assertInvalid(Runnable r, String fragment) {
        RuntimeFailure f = assertThrows(RuntimeFailure.class, r::run);
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains(fragment), f.getMessage());
    }

    private static void assertInvalid(java.util.function.DoubleSupplier s, String fragment) {
        assertInvalid(() -> { s.getAsDouble(); }, fragment);
    }
}
