package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RealFn1;

/** §9.4 and §9.5 by hand (the numbers in the comments). */
class PhaseAndAnalogTest {
    // FeRh with its transition lowered to 300 K (10 nm films on MgO), dTt/dB = -8 K/T (Maat et al., PRB 72, 214432, 2005)
    private static final Material FERH = Fixture.material("FeRh", "Ms", 1.1e6, "Tt", 300.0, "dTt_dB", -8.0, "Tc", 675.0, "cv", 3.3e6);
    private static final double R = 40; // Pt channel: 2e-7 Ohm m * 200 nm / (200 nm * 5 nm)

    /** 200 nm square, 10 nm FeRh: Cth = 3.3e6 * 4e-22 = 1.32e-15 J/K, Rth Cth = 0.132 ns with Rth = 1e5 K/W. */
    private static Device phaseDevice() {
        Stack s = Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9), Layers.layer(FERH, 10e-9),
                Layers.layer(Fixture.MGO, 5e-9)), "free", FERH);
        return Fixture.device("Coexist", "stack", s, "shape", Shape.rect(200e-9, 200e-9),
                "model", Models.phase(1e5, 20, 3, 20, 0), "gate", Fixture.gate("dKs", 0.0, "tau", 1e-3, "V0", 2.0));
    }

    private static double phi(double x) { return NormalCdf.phi(x); }

    @Test
    void normalDistributionFunction() {
        // tabulated (Abramowitz and Stegun 26.2; tails from erfc): Phi(0) = 1/2, Phi(1) = 0.841344746068543,
        // Phi(-2) = 0.0227501319481792, Phi(3) = 0.998650101968370, Phi(-5) = 2.86651571879194e-7, Phi(-8) = 6.22096057427178e-16
        assertEquals(0.5, phi(0), 1e-16);
        assertEquals(0.841344746068543, phi(1), 1e-14);
        assertEquals(0.0227501319481792, phi(-2), 1e-15);
        assertEquals(0.998650101968370, phi(3), 1e-14);
        assertEquals(2.86651571879194e-7, phi(-5), 2.86651571879194e-7 * 1e-9);
        assertEquals(6.22096057427178e-16, phi(-8), 6.22096057427178e-16 * 1e-7);
        assertEquals(0, phi(-40));
        assertEquals(1, phi(40));
    }

    @Test
    void heatingWithLossToTheSubstrate() {
        Device d = phaseDevice();
        Model.Phase m = (Model.Phase) d.model();
        // long pulse: steady state I^2 R Rth = (2 mA)^2 * 40 * 1e5 = 16 K
        assertEquals(316, PhaseSwitching.peakTemperature(d, m, 2e-3, 10e-9), 1e-9);
        // 0.1 ns: 16 K * (1 - exp(-0.1 / 0.132)) = 8.499175 K; the v1 adiabatic model had no such limit
        assertEquals(308.499175, PhaseSwitching.peakTemperature(d, m, 2e-3, 0.1e-9), 1e-6);
        // 1 mA for 1 us heats by 4 K only (v1: 12 300 K)
        assertEquals(304, PhaseSwitching.peakTemperature(d, m, 1e-3, 1e-6), 1e-9);
    }

    @Test
    void aTrainOfPulsesWritesGrowingFractionsThatSurviveAndAGateErases() {
        Device d = phaseDevice();
        double x = 0, prev = 0;
        for (double i : new double[] {1.4e-3, 1.6e-3, 1.8e-3}) {
            x = PhaseSwitching.phase_write(d, x, i, 10e-9, 0, 0);
            // written Phi((300 + i^2 R Rth - 10 - 300) / 3), held Phi(10 / 3)
            double expected = Math.min(phi((i * i * R * 1e5 - 10) / 3), phi(10 / 3.0));
            assertEquals(expected, x, 1e-12);
            assertTrue(x > prev + 0.1, "pulse " + i);
            prev = x;
            // the ambient holds it
            assertEquals(x, PhaseSwitching.fm_fraction(d, x, 0, 0), 1e-15);
        }
        assertEquals(0.838097, x, 1e-6); // 1.8 mA: 12.96 K, Phi(0.986667)
        // a weaker pulse never lowers it
        assertEquals(x, PhaseSwitching.phase_write(d, x, 1e-3, 10e-9, 0, 0));
        // gating to h = 1 raises Tt by 20 K: only Phi((310 - 320) / 3) = 4.29060e-4 of the grains stay FM
        assertEquals(phi(-10 / 3.0), PhaseSwitching.fm_fraction(d, x, 1, 0), 1e-15);
        assertEquals(4.29060e-4, PhaseSwitching.fm_fraction(d, x, 1, 0), 1e-9);
        // switching_probability is the fraction written from 0; field lowers Tt by 8 K/T, either sign
        assertEquals(phi(2), Switching.switching_probability(d, 2e-3, 10e-9, 0, 0), 1e-12);
        assertEquals(phi((300 - 10 - 292) / 3.0), PhaseSwitching.phase_write(d, 0, 0, 10e-9, -1, 0), 1e-12);
        // no perpendicularity needed (FeRh here has Keff < 0)
        assertTrue(d.stack().Keff() < 0);
    }

    @Test
    void phaseErrors() {
        Device d = phaseDevice();
        // 30 mA: 3600 K above ambient, past Tc = 675 K
        CompactModelTest.assertInvalid(() -> PhaseSwitching.phase_write(d, 0, 30e-3, 10e-9, 0, 0), "Curie");
        CompactModelTest.assertInvalid(() -> PhaseSwitching.fm_fraction(Fixture.synapse(), 0.5, 0, 0), "phase");
        // phase's own arguments, and an FM fraction outside [0, 1], are checked at each call (@Param(check)):
        // s09_physics/shape_and_phase_arguments_*.msp, phase_x_outside_r0005.msp, physics_arguments_e0304.msp
        // without cv and without Cth the heat capacity is unknown
        Material bare = Fixture.material("FeRh", "Ms", 1.1e6, "Tt", 300.0);
        Device noCv = Fixture.device("D", "stack", Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9),
                Layers.layer(bare, 10e-9)), "free", bare), "shape", Shape.rect(200e-9, 200e-9), "model", Models.phase(1e5, 0, 3, 20, 0));
        CompactModelTest.assertInvalid(() -> PhaseSwitching.phase_write(noCv, 0, 1e-3, 1e-9, 0, 0), "cv");
        // an explicit Cth needs no cv: 1e-15 J/K
        Device withCth = Fixture.device("D", "stack", noCv.stack(), "shape", Shape.rect(200e-9, 200e-9), "model", Models.phase(1e5, 0, 3, 20, 1e-15));
        assertEquals(300 + 16 * -Math.expm1(-1e-9 / 1e-10), PhaseSwitching.peakTemperature(withCth, (Model.Phase) withCth.model(), 2e-3, 1e-9), 1e-9);
    }

    private static Device analogDevice(RealFn1 up, RealFn1 down) {
        return Fixture.synapse("model", Models.analog(-1, 1, up, down));
    }

    @Test
    void analogSoftBounds() {
        Device d = analogDevice(b -> 80 + 100 * b, b -> 40);
        // one potentiating pulse from 0 at B = 0: 0 + (1 - 0) (1 - exp(-1/80))
        double one = 1 - Math.exp(-1 / 80.0);
        assertEquals(one, AnalogUpdate.analog_update(d, 0, 1, 0), 1e-15);
        // ten pulses compose: 1 - (1 - w) exp(-10/80)
        assertEquals(1 - Math.exp(-10 / 80.0), AnalogUpdate.analog_update(d, 0, 10, 0), 1e-15);
        double w = 0;
        for (int k = 0; k < 10; k++) w = AnalogUpdate.analog_update(d, w, 1, 0);
        assertEquals(AnalogUpdate.analog_update(d, 0, 10, 0), w, 1e-15);
        // the field changes the step: tauUp(0.2 T) = 100
        assertEquals(1 - Math.exp(-1 / 100.0), AnalogUpdate.analog_update(d, 0, 1, 0.2), 1e-15);
        // depressing from 0.5: 0.5 - (0.5 + 1)(1 - exp(-3/40))
        assertEquals(0.5 - 1.5 * (1 - Math.exp(-3 / 40.0)), AnalogUpdate.analog_update(d, 0.5, -3, 0), 1e-15);
        assertEquals(0.3, AnalogUpdate.analog_update(d, 0.3, 0, 0));
    }

    @Test
    void analogErrors() {
        Device d = analogDevice(b -> 80, b -> -1);
        // the fixture's mu0 Hk is 0.86035 T: a field at or above it leaves no stable perpendicular state
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 0, 1, 0.87), "anisotropy field");
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 0, 1, -0.87), "anisotropy field");
        assertTrue(AnalogUpdate.analog_update(d, 0, 1, 0.85) > 0);
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 1.5, 1, 0), "outside");
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 0, -1, 0), "tauDown");
        CompactModelTest.assertInvalid(() -> Switching.switching_probability(d, 1e-3, 1e-9, 0, 0), "analog");
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(Fixture.synapse(), 0, 1, 0), "analog");
        CompactModelTest.assertInvalid(() -> Models.analog(1, 1, b -> 1, b -> 1), "wmin");
    }
}
