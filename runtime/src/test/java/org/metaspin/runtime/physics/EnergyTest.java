package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** write_energy = I^2 R t and gate_energy = C V^2 + qIon A |dh| |V| (§9.1), by hand for the device of {@link Fixture}. */
class EnergyTest {
    @Test
    void jouleHeatInTheChannel() {
        Device d = Fixture.synapse();
        // R = rho L / (w t) = 2e-7 Ohm m * 80e-9 m / (80e-9 m * 5e-9 m) = 40 Ohm
        // E = (1 mA)^2 * 40 Ohm * 1 ns = 4e-14 J
        assertEquals(4.0e-14, Energy.write_energy(d, 1e-3, 1e-9), 1e-26);
        assertEquals(4.0e-14, Energy.write_energy(d, -1e-3, 1e-9), 1e-26);
        // a 200 nm long, 100 nm wide channel: R = 2e-7 * 200e-9 / (100e-9 * 5e-9) = 80 Ohm
        Device hall = Fixture.synapse("channelWidth", 100e-9, "channelLength", 200e-9);
        assertEquals(2e-3 * 2e-3 * 80 * 2e-9, Energy.write_energy(hall, 2e-3, 2e-9), 1e-25);
    }

    @Test
    void capacitorChargeOfTheGate() {
        Device d = Fixture.synapse("gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0));
        // C = eps0 epsR A / t = 8.8541878128e-12 * 9.8 * 5.0265482e-15 m^2 / 2e-9 m = 2.180796e-16 F
        // E = C V^2 = 2.180796e-16 * 4 = 8.723184e-16 J at 2 V
        double c = 8.8541878128e-12 * 9.8 * (Math.PI * 80e-9 * 80e-9 / 4) / 2e-9;
        assertEquals(2.180796e-16, c, 1e-21);
        assertEquals(c * 4, Energy.gate_energy(d, 2.0, 0), 1e-28);
        assertEquals(c * 4, Energy.gate_energy(d, -2.0, 0), 1e-28);
    }

    @Test
    void ionicChargeDominatesAFullGateSwing() {
        Device d = Fixture.synapse("gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0));
        // ionic term: qIon A |dh| |V| = 5.8 C/m^2 * 5.0265482e-15 m^2 * 0.5 * 2 V = 2.915398e-14 J,
        // 33 times the capacitor's C V^2 = 8.723184e-16 J: the total is 3.002630e-14 J
        assertEquals(3.002630e-14, Energy.gate_energy(d, 2.0, 0.5), 1e-19);
        assertEquals(3.002630e-14, Energy.gate_energy(d, -2.0, -0.5), 1e-19);
        // a gate of its own charge: qIon = 1 C/m^2, dh = 1 at 1 V: 5.0265482e-15 J + C * 1 V^2
        Device light = Fixture.synapse("gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0, "qIon", 1.0));
        assertEquals(5.0265482e-15 + 2.180796e-16, Energy.gate_energy(light, 1.0, 1), 1e-21);
        // dh outside [-1, 1] is rejected at the call (@Param(check)): s09_physics/physics_arguments_e0304.msp
        CompactModelTest.assertInvalid(() -> Energy.gate_energy(Fixture.synapse(), 1.0, 0), "has no `gate`");
    }

    @Test
    void missingPropertiesAreNamed() {
        Material pt = Fixture.material("Pt", "thetaSH", 0.07);
        Material ox = Fixture.material("HfO2");
        Device d = Fixture.device("Synapse", "stack", Fixture.stack("S", "layers", Fixture.layers(Layers.layer(pt, 5e-9),
                Layers.layer(Fixture.COFEB, 1.1e-9), Layers.layer(ox, 3e-9)), "free", Fixture.COFEB, "gate", ox), "shape", Shape.disk(80e-9),
                "gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0));
        CompactModelTest.assertInvalid(() -> Energy.write_energy(d, 1e-3, 1e-9), "device Synapse: the channel material Pt has no `rho`");
        CompactModelTest.assertInvalid(() -> Energy.gate_energy(d, 1, 0), "device Synapse: the gate material HfO2 has no `epsR`");
    }
}
