package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * The rules of §9.1 on the device of {@link Fixture} (Delta = 88.83, mu0 Hk = 0.86035 T,
 * tauD = 0.66015 ns, Brown's tau0 = 0.12415 ns, Ic0 = 3.0126 mA; see {@link HandCalculationTest}).
 * The numbers in the comments were evaluated independently (mpmath, 20 digits).
 */
class CompactModelTest {
    private final Device d = Fixture.synapse();
    private static final double TAU_D = 6.6014964189815e-10;
    private static final double DELTA = 88.829972251031;
    private static final double BK = 0.860352249146971;

    private static double p(Device d, double i, double t, double b, double h) {
        return Switching.switching_probability(d, i, t, b, h);
    }

    @Test
    void zeroCurrentIsNeelBrownBothWays() {
        // Néel–Brown: tau = tau0 exp(Delta); no current picks a direction, so P = (1 - exp(-2t/tau)) / 2.
        Device low = Fixture.synapse("T", 1500.0); // Delta = 88.829972 * 300 / 1500 = 17.765994
        assertEquals(DELTA / 5, low.Delta(), 1e-8);
        // Brown: tau0 = tauD sqrt(pi / 17.765994) = 2.776020e-10 s; tau = tau0 exp(17.765994) = 1.442434e-2 s
        double tau = 1.442434e-2;
        assertEquals(-Math.expm1(-2 * 1e-3 / tau) / 2, p(low, 0, 1e-3, 0, 0), 1e-7);
        assertEquals(0.5, p(low, 0, 1e6, 0, 0), 1e-12);
        // short times: about t / retention
        assertEquals(1e-6 / low.retention(), p(low, 0, 1e-6, 0, 0), 1e-6 / low.retention() * 1e-3);
        // an in-plane field without current still picks no direction
        assertEquals(0.5, p(low, 0, 1e6, 0.05, 0), 1e-12);
    }

    @Test
    void aboveThresholdThermalAndPrecessionalRatesAdd() {
        double b = 0.05; // d = min(1, 50 mT / 10 mT) = 1: the write is directed
        double ic = Switching.critical_current(d, b, 0);
        // DeltaB = 88.829972 (1 - 0.05 / 0.860352)^2 = 78.805152; tau0 = tauD sqrt(pi / DeltaB) = 1.318075e-10 s
        // theta0 = max(1 / sqrt(2 * 78.805152) = 0.079654, asin(0.05 / 0.860352) = 0.058148) = 0.079654
        // tPrec = tauD ln(pi / (2 * 0.079654)) = 1.968332e-9 s
        double tau0 = 1.318075e-10, tPrec = 1.968332e-9;
        assertEquals(tau0, Switching.attempt_time(d, 0, b), 1e-16);
        // i = 1: 1 / tau = 1 / tau0 (continuous with the thermal branch)
        assertEquals(-Math.expm1(-0.1e-9 / tau0), p(d, ic, 0.1e-9, b, 0), 1e-6);
        assertEquals(p(d, ic, 0.1e-9, b, 0), p(d, ic * (1 - 1e-12), 0.1e-9, b, 0), 1e-9);
        // i = 3: 1 / tau = 1 / tau0 + 2 / tPrec: tau = 1.162397e-10 s
        assertEquals(-Math.expm1(-0.1e-9 / 1.162397e-10), p(d, 3 * ic, 0.1e-9, b, 0), 1e-6);
        assertEquals(-Math.expm1(-0.1e-9 * (1 / tau0 + 2 / tPrec)), p(d, -3 * ic, 0.1e-9, -b, 0), 1e-6);
    }

    @Test
    void oneNanosecondPulsesRiseWithCurrentAndAreReliableBy1point5Ic() {
        for (double b : new double[] {0.01, 0.05}) {
            double ic = Switching.critical_current(d, b, 0);
            double prev = -1;
            for (int k = 0; k <= 100; k++) {
                double q = p(d, ic * (1 + k / 100.0), 1e-9, b, 0);
                assertTrue(q >= prev, "current step " + k);
                prev = q;
            }
            // P(1 ns, 1.5 Ic, 50 mT) = 1 - exp(-1 ns (1 / tau0 + 0.5 / tPrec)) = 0.999607
            assertTrue(p(d, 1.5 * ic, 1e-9, b, 0) > 0.99, "1.5 Ic at " + b + " T");
            // with 0.1 ns pulses the precessional rate shows: strictly rising
            assertTrue(p(d, 1.5 * ic, 0.1e-9, b, 0) > p(d, 1.2 * ic, 0.1e-9, b, 0));
            assertTrue(p(d, 2 * ic, 0.1e-9, b, 0) > p(d, 1.5 * ic, 0.1e-9, b, 0));
        }
        // the v1 artefact is gone: with a fixed attempt time P(1 ns) sat at 0.632 from 1.01 to 1.99 Ic
        Device fixed = Fixture.synapse("tau0", 1e-9);
        double ic = Switching.critical_current(fixed, 0.05, 0);
        assertTrue(p(fixed, 1.99 * ic, 1e-9, 0.05, 0) > p(fixed, 1.01 * ic, 1e-9, 0.05, 0) + 0.1);
    }

    @Test
    void belowThresholdTheCurrentLowersTheBarrierLinearly() {
        double b = 0.05;
        double ic = Switching.critical_current(d, b, 0);
        // tau = tau0 exp(DeltaB (1 - 0.8)) = 1.318075e-10 exp(15.761030) = 9.222923e-4 s; P(1 us) = 1.083667e-3
        assertEquals(1.083667e-3, p(d, 0.8 * ic, 1e-6, b, 0), 1e-9);
    }

    @Test
    void theFieldMakesTheWriteDeterministicGradually() {
        double ic = Switching.critical_current(d, 0.004, 0);
        // 4 mT of 10 mT: d = 0.4, P = 0.4 (1 - e^-r) + 0.6 (1 - e^-2r) / 2 with r = t / tau
        double tau = 1 / (1 / Switching.attempt_time(d, 0, 0.004) + 1 / precession(d, 0.004));
        double r = 2e-9 / tau;
        assertEquals(0.4 * -Math.expm1(-r) + 0.6 * -Math.expm1(-2 * r) / 2, p(d, 2 * ic, 2e-9, 0.004, 0), 1e-12);
        // long pulses: P tends to d + (1 - d) / 2 = 0.7
        assertEquals(0.7, p(d, 2 * ic, 1e-6, 0.004, 0), 1e-12);
        // Bdet sets the scale: with Bdet = 4 mT the same write is fully directed
        assertEquals(1.0, p(Fixture.synapse("Bdet", 0.004), 2 * ic, 1e-6, 0.004, 0), 1e-12);
    }

    /** tPrec at field b with the thermal spread of the field-lowered barrier. */
    private static double precession(Device d, double b) {
        double barrier = Switching.energy_barrier(d, 0, b);
        double theta0 = Math.max(1 / Math.sqrt(2 * barrier), Math.asin(b / BK));
        return TAU_D * Math.log(Math.PI / (2 * theta0));
    }

    @Test
    void probabilityIsContinuousInTheFieldAtZero() {
        double ic = Switching.critical_current(d, 0, 0);
        for (double i : new double[] {0, 0.9 * ic, 1.2 * ic, 3 * ic}) {
            double at0 = p(d, i, 2e-9, 0, 0);
            for (double b : new double[] {1e-3, 1e-5, 1e-7, 1e-9}) {
                // d = |B| / Bdet and the barrier's (1 - |B| / (mu0 Hk))^2: the change is at most of order b / Bdet
                assertEquals(at0, p(d, i, 2e-9, b, 0), 2 * b / 0.01 + 1e-12, "I = " + i + ", B = " + b);
                assertEquals(at0, p(d, i, 2e-9, -b, 0), 2 * b / 0.01 + 1e-12);
            }
        }
        // the v1 jump from 0.5 to 0.99995 between 0 and 1 mT is gone
        assertTrue(Math.abs(p(d, 3 * ic, 10e-9, 1e-3, 0) - p(d, 3 * ic, 10e-9, 0, 0)) < 0.06);
    }

    @Test
    void withoutFieldNothingChoosesTheDirection() {
        double ic = Switching.critical_current(d, 0, 0);
        // i = 2 without field: P saturates at one half
        assertEquals(0.5, p(d, 2 * ic, 5e-9, 0, 0), 1e-12);
        assertEquals(0.5, p(d, 10 * ic, 1e-6, 0, 0), 1e-12);
    }

    @Test
    void inPlaneFieldBarrierRule() {
        double bk = Constants.mu0 * d.Hk();
        assertEquals(BK, bk, 1e-12);
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
        // at and above mu0 Hk: tPrec = 0, any current above the threshold switches at once
        double ic = Switching.critical_current(d, bk, 0);
        assertEquals(0, ic);
        assertEquals(1.0, p(d, 1e-6, 1e-12, bk, 0), 1e-12);
    }

    @Test
    void zeroTemperatureHasOnlyThePrecessionalRate() {
        Device cold = Fixture.synapse("T", 0.0);
        assertEquals(Double.POSITIVE_INFINITY, cold.Delta());
        assertEquals(Double.POSITIVE_INFINITY, cold.retention());
        assertEquals(0, p(cold, 0, 1, 0, 0));
        double ic = Switching.critical_current(cold, 0.05, 0);
        assertEquals(0, p(cold, 0.99 * ic, 1, 0.05, 0));
        assertEquals(0, p(cold, ic, 1, 0.05, 0));
        // i = 2 at 50 mT: theta0 = asin(0.05 / 0.860352) = 0.058148, tPrec = tauD ln(pi / (2 theta0)) = 2.176076e-9 s,
        // P(1 ns) = 1 - exp(-1 ns / 2.176076 ns) = 0.368428
        assertEquals(0.368428, p(cold, 2 * ic, 1e-9, 0.05, 0), 1e-6);
        // without a field the magnet starts exactly on the axis: nothing switches
        assertEquals(0, p(cold, 10 * Switching.critical_current(cold, 0, 0), 1, 0, 0));
        // a device's own tau0 adds no thermal rate at T = 0
        assertEquals(0, p(Fixture.synapse("T", 0.0, "tau0", 1e-9), 0.99 * ic, 1, 0.05, 0));
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
        // in the field, below the threshold (above it, Brown's thermal rate falls with the barrier: docs/physics.md)
        prev = -1;
        for (int k = 1; k <= 40; k++) {
            double b = 0.01 * k;
            if (0.5 * ic >= Switching.critical_current(g, b, 0)) break;
            double q = p(g, 0.5 * ic, 10e-9, b, 0);
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
        // a negative or non-finite pulse, current or field is rejected at the call (@Param(check)):
        // s09_physics/physics_arguments_e0304.msp and physics_argument_nan_r0005.msp
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
