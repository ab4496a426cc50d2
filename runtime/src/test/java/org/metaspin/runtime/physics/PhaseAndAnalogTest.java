package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RealFn1;

/** §9.4 and §9.5 by hand. */
class PhaseAndAnalogTest {
    // FeRh: Tt ~ 370 K and dTt/dB ~ -8 K/T (Maat et al., PRB 72, 214432, 2005)
    private static final Material FERH = Fixture.material("FeRh", "Ms", 1.2e6, "Tt", 370.0, "dTt_dB", -8.0);

    private static Device phaseDevice() {
        Stack s = Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.MGO, 5e-9), Layers.layer(FERH, 20e-9)), "free", FERH);
        return Fixture.device("Coexist", "stack", s, "shape", Shape.disk(100e-9),
                "model", Models.phase(-20, 5, 1e16), "gate", Fixture.gate("dKs", 0.0, "tau", 1e-3, "V0", 2.0));
    }

    @Test
    void phaseProbabilityIsLogisticInPeakTemperature() {
        Device d = phaseDevice();
        // Tpeak = 300 K + 1e16 K/(A^2 s) * (1 mA)^2 * 10 ns = 300 + 100 = 400 K; Tt(0) = 370 K
        // P = 1 / (1 + exp(-(400 - 370) / 5)) = 1 / (1 + exp(-6)) = 0.997527
        assertEquals(1 / (1 + Math.exp(-6)), Switching.switching_probability(d, 1e-3, 10e-9, 0, 0), 1e-12);
        // h = 1: Tt = 350 K; field 1 T: Tt = 370 - 8 = 362 K; no pulse: Tpeak = 300 K
        assertEquals(1 / (1 + Math.exp(-10)), Switching.switching_probability(d, 1e-3, 10e-9, 0, 1), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(400 - 362) / 5.0)), Switching.switching_probability(d, 1e-3, 10e-9, -1, 0), 1e-12);
        assertEquals(1 / (1 + Math.exp(14)), Switching.switching_probability(d, 0, 10e-9, 0, 0), 1e-12);
        // no perpendicularity needed (FeRh here has Keff < 0)
        assertTrue(d.stack().Keff() < 0);
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
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 1.5, 1, 0), "outside");
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(d, 0, -1, 0), "tauDown");
        CompactModelTest.assertInvalid(() -> Switching.switching_probability(d, 1e-3, 1e-9, 0, 0), "analog");
        CompactModelTest.assertInvalid(() -> AnalogUpdate.analog_update(Fixture.synapse(), 0, 1, 0), "analog");
        CompactModelTest.assertInvalid(() -> Models.analog(1, 1, b -> 1, b -> 1), "wmin");
    }
}
