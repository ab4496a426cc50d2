package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * §9.2 kinetics by hand. Parameters after the magneto-ionic Co/GdOx gates of Bauer et al.
 * (Nat. Mater. 14, 174, 2015): seconds-to-milliseconds switching at a few volts.
 */
class GateKineticsTest {
    private static Device device(Object... gate) {
        return Fixture.synapse("gate", Fixture.gate(gate));
    }

    @Test
    void timeConstantAtV0IsTau() {
        // retention 10 years >> tau: kR = 1 / 3.15576e8 s, negligible next to 1/tau = 100 /s.
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0);
        double kV = 100, kR = 1 / 3.15576e8;
        double hEq = kV / (kV + kR);
        assertEquals(hEq * (1 - Math.exp(-(kV + kR) * 10e-3)), GateKinetics.gate(d, 0, 2.0, 10e-3), 1e-12);
        assertEquals(1 - Math.exp(-1), GateKinetics.gate(d, 0, 2.0, 10e-3), 1e-6);
        // negative voltage drives toward 0 at the same rate: from 1, exp(-1) is left after tau
        assertEquals(Math.exp(-1), GateKinetics.gate(d, 1, -2.0, 10e-3), 1e-6);
    }

    @Test
    void rateScalesAsSinh() {
        // Vs = 0.2 V: at V = 2.4 V the rate is sinh(12) / sinh(10) = 7.38906 times faster (about e^2)
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "retention", 1e30);
        double ratio = Math.sinh(12) / Math.sinh(10);
        assertEquals(7.38906, ratio, 1e-5);
        double t = 1e-3;
        assertEquals(1 - Math.exp(-ratio * 100 * t), GateKinetics.gate(d, 0, 2.4, t), 1e-12);
        // at 1 V: sinh(5) / sinh(10) = 6.7379e-3
        assertEquals(1 - Math.exp(-Math.sinh(5) / Math.sinh(10) * 100 * t), GateKinetics.gate(d, 0, 1.0, t), 1e-15);
        // no overflow far above V0: sinh(500) is +infinity in doubles, the ratio is not
        Device steep = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "Vs", 0.01);
        assertEquals(1 - Math.exp(-Math.exp(500 - 200) * 100 * 1e-140), GateKinetics.gate(steep, 0, 5.0, 1e-140), 1e-9);
        assertEquals(0.25, GateKinetics.gate(steep, 0.25, 0, 0));
    }

    @Test
    void zeroVoltageRelaxesWithRetention() {
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "retention", 1000.0);
        assertEquals(0.8 * Math.exp(-0.5), GateKinetics.gate(d, 0.8, 0, 500), 1e-12);
        // default retention: ten Julian years; after one year exp(-0.1) of h remains
        Device dflt = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0);
        assertEquals(Math.exp(-0.1), GateKinetics.gate(dflt, 1, 0, 3.15576e7), 1e-12);
        // drive against relaxation: with tau = retention, h_eq = 1/2
        Device balanced = device("dKs", 2e-4, "tau", 1.0, "V0", 2.0, "retention", 1.0);
        assertEquals(0.5, GateKinetics.gate(balanced, 0, 2.0, 100), 1e-12);
    }

    @Test
    void levelsRoundOnlyWhatTheAnisotropySees() {
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "levels", 4L);
        double h = GateKinetics.gate(d, 0, 2.0, 2e-3);
        assertEquals(1 - Math.exp(-0.2), h, 1e-6); // stored continuous: 0.1813
        // levels 0, 1/3, 2/3, 1: 0.1813 is seen as 1/3 (nearest); 1/6 exactly is a tie and goes up
        assertEquals(1.0 / 3, Anisotropy.quantize(h, 4), 1e-15);
        assertEquals(1.0 / 3, Anisotropy.quantize(0.5 / 3, 4), 1e-15);
        assertEquals(0, Anisotropy.quantize(0.16, 4));
        assertEquals(1, Anisotropy.quantize(0.84, 4));
        assertEquals(0.5, Anisotropy.quantize(0.5, 0));
        assertEquals(1, Anisotropy.quantize(0.5, 2)); // tie at one half: the higher level
        assertEquals(Switching.energy_barrier(d, 1.0 / 3, 0), Switching.energy_barrier(d, h, 0));
    }

    @Test
    void invalidGatesAndArguments() {
        CompactModelTest.assertInvalid(() -> Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "levels", 1L), "levels");
        CompactModelTest.assertInvalid(() -> Fixture.gate("dKs", 2e-4, "tau", 0.0, "V0", 2.0), "tau");
        CompactModelTest.assertInvalid(() -> Fixture.gate("dKs", 2e-4, "tau", 1.0, "V0", 2.0, "Vs", -1.0), "Vs");
        CompactModelTest.assertInvalid(() -> Fixture.gate("dKs", 2e-4, "V0", 2.0), "tau");
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0);
        // h outside [0, 1] and a negative time are rejected at the call (@Param(check)):
        // s09_physics/gate_errors_r0005.msp, gate_negative_time_r0005.msp, builtin_argument_e0304.msp
        CompactModelTest.assertInvalid(() -> GateKinetics.gate(Fixture.synapse(), 0.5, 1, 1), "has no `gate`");
        assertTrue(Fixture.synapse().props().has("T"));
    }

    @Test
    void noDriftUpToTheThresholdThenSinhOfTheExcess() {
        Device d = device("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "Vth", 0.5);
        // |V| <= Vth: only the relaxation, h(t) = h exp(-t / retention)
        assertEquals(0.5 * Math.exp(-3600 / 3.15576e8), GateKinetics.gate(d, 0.5, 0.5, 3600), 1e-15);
        assertEquals(0.5 * Math.exp(-3600 / 3.15576e8), GateKinetics.gate(d, 0.5, -0.3, 3600), 1e-15);
        // at 1 V: kV = 100 /s * sinh((1 - 0.5) / 0.2) / sinh((2 - 0.5) / 0.2) = 100 * 6.0502045 / 904.02093 = 0.6692549 /s
        double kV = 100 * Math.sinh(2.5) / Math.sinh(7.5);
        assertEquals(0.6692549, kV, 1e-7);
        double kR = 1 / 3.15576e8, hEq = kV / (kV + kR);
        assertEquals(hEq * (1 - Math.exp(-(kV + kR) * 1.0)), GateKinetics.gate(d, 0, 1.0, 1.0), 1e-12);
        // at V0 the rate is 1/tau whatever the threshold
        assertEquals(1 - Math.exp(-1), GateKinetics.gate(d, 0, 2.0, 10e-3), 1e-6);
        // V0 must lie above Vth
        CompactModelTest.assertInvalid(() -> Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 0.5, "Vth", 0.5), "Vth");
    }

    @Test
    void arrheniusActivation() {
        // Ea = 0.5 eV at 350 K: A = exp(-(0.5 * 1.602176634e-19 / 1.380649e-23) (1/350 - 1/300)) = exp(5802.26 K * 4.7619e-4 /K) = exp(2.762981) = 15.8470
        Device hot = Fixture.synapse("T", 350.0, "gate", Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "Ea", 0.5 * 1.602176634e-19));
        double a = Math.exp(-(0.5 * 1.602176634e-19 / 1.380649e-23) * (1 / 350.0 - 1 / 300.0));
        assertEquals(15.8470, a, 1e-4);
        // both rates times A: after tau / A at V0 the state is 1 - 1/e (relaxation negligible)
        assertEquals(1 - Math.exp(-1), GateKinetics.gate(hot, 0, 2.0, 10e-3 / a), 1e-6);
        // the relaxation too: without voltage, h decays at A / retention
        assertEquals(Math.exp(-a * 3.15576e7 / 3.15576e8), GateKinetics.gate(hot, 1, 0, 3.15576e7), 1e-12);
        // at 300 K nothing changes; at T = 0 with Ea > 0 nothing moves
        Device room = Fixture.synapse("gate", Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "Ea", 0.5 * 1.602176634e-19));
        assertEquals(1 - Math.exp(-1), GateKinetics.gate(room, 0, 2.0, 10e-3), 1e-6);
        Device cold = Fixture.synapse("T", 0.0, "gate", Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 2.0, "Ea", 0.5 * 1.602176634e-19));
        assertEquals(0.3, GateKinetics.gate(cold, 0.3, 2.0, 1e6));
        // without Ea the temperature does not matter, also at T = 0
        assertEquals(1 - Math.exp(-1), GateKinetics.gate(Fixture.synapse("T", 0.0, "gate",
                Fixture.gate("dKs", 2e-4, "tau", 10e-3, "V0", 2.0)), 0, 2.0, 10e-3), 1e-6);
    }
}
