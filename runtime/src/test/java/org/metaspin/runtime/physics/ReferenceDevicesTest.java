package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The devices of {@code std/devices.msp} built from the values of {@code std/materials.msp}
 * through {@code create(Props)}, as the compiler will build them, checked for physical
 * plausibility. Keep the numbers here in step with the two .msp files.
 */
class ReferenceDevicesTest {
    // std.materials
    static final Material PT = Fixture.material("Pt", "thetaSH", 0.07, "rho", 20e-8);
    static final Material W = Fixture.material("W", "thetaSH", -0.30, "rho", 260e-8);
    static final Material COFEB = Fixture.material("CoFeB", "Ms", 1.257e6, "Ku", 0.0, "Aex", 20e-12, "alpha", 0.027);
    static final Material HFO2 = Fixture.material("HfO2", "epsR", 25.0);
    static final Material MGO = Fixture.material("MgO", "epsR", 9.8);
    static final Material FERH = Fixture.material("FeRh", "Ms", 1.1e6, "Tt", 370.0, "dTt_dB", -8.0, "Tc", 675.0, "cv", 3.3e6);
    // std.devices
    static final Material FERH_THIN = Fixture.material("FeRhThin", "Ms", 1.1e6, "Tt", 300.0, "dTt_dB", -8.0, "Tc", 675.0, "cv", 3.3e6);

    static Stack ptCoFeBHfO2() {
        return Fixture.stack("PtCoFeBHfO2", "layers", Fixture.layers(Layers.layer(PT, 5e-9), Layers.layer(COFEB, 1.0e-9),
                Layers.layer(MGO, 1e-9), Layers.layer(HFO2, 3e-9)), "free", COFEB, "gate", HFO2, "Ks", 1.3e-3);
    }

    static Device ptSynapse() {
        return Fixture.device("PtSynapse", "stack", ptCoFeBHfO2(), "shape", Shape.disk(80e-9),
                "gate", Fixture.gate("dKs", 0.4e-3, "tau", 10e-3, "V0", 2.0, "Vth", 0.5), "read", Read.tmr(5e3, 1.5));
    }

    static Device wSynapse() {
        Stack s = Fixture.stack("WCoFeBMgO", "layers", Fixture.layers(Layers.layer(W, 5e-9), Layers.layer(COFEB, 1.0e-9),
                Layers.layer(MGO, 2e-9)), "free", COFEB, "gate", MGO, "Ks", 1.3e-3);
        return Fixture.device("WSynapse", "stack", s, "shape", Shape.disk(60e-9), "read", Read.tmr(5e3, 1.5));
    }

    static Device feRhSynapse() {
        Stack s = Fixture.stack("PtFeRhMgO", "layers", Fixture.layers(Layers.layer(PT, 5e-9), Layers.layer(FERH_THIN, 10e-9),
                Layers.layer(MGO, 5e-9)), "free", FERH_THIN, "gate", MGO);
        return Fixture.device("FeRhSynapse", "stack", s, "shape", Shape.rect(200e-9, 200e-9), "model", Models.phase(1e5, 20, 3, 20, 0),
                "gate", Fixture.gate("dKs", 0.0, "tau", 1e-3, "V0", 2.0, "Vth", 0.5), "read", Read.ahe(2));
    }

    static Device analogSynapse() {
        return Fixture.device("AnalogSynapse", "stack", ptCoFeBHfO2(), "shape", Shape.rect(1e-6, 1e-6),
                "model", Models.analog(-1, 1, b -> 40 / (1 + Math.abs(b) / 20e-3), b -> 40 / (1 + Math.abs(b) / 20e-3)), "read", Read.ahe(1));
    }

    @Test
    void ptSynapseIsAPlausiblePerpendicularSotCell() {
        Device d = ptSynapse();
        // film: Keff = 1.3e-3/1e-9 - mu0 (1.257e6)^2 / 2 = 1.3e6 - 0.9928e6 = 3.07e5 J/m^3;
        // the 80 nm disk (Nd = 0.9371): 1.3e6 - 0.9371 * 0.9928e6 = 3.697e5 J/m^3
        assertEquals(3.072e5, d.stack().Keff(), 1e3);
        assertEquals(3.697e5, d.Keff(), 1e3);
        // Delta 30–100: 40–80 is the design window of perpendicular CoFeB/MgO cells of 40–80 nm
        // (Sato et al., APL 105, 062403, 2014, who also report the saturation above ~30–40 nm)
        assertTrue(d.Delta() > 30 && d.Delta() < 100, "Delta = " + d.Delta());
        // Ic0 = eta * Lee's = 2.14 mA: measured critical currents of ~100 nm perpendicular SOT cells on Pt
        // are 0.5–3 mA for ns pulses (Garello et al., APL 105, 212402, 2014)
        assertTrue(d.Ic0() > 0.5e-3 && d.Ic0() < 3e-3, "Ic0 = " + d.Ic0());
        // gating to h = 1 adds dKs / tFree = 4e5 J/m^3: Delta more than doubles, the cell consolidates
        assertTrue(Switching.energy_barrier(d, 1, 0) > 2 * d.Delta());
        // gate energy: C = eps0 * 25 * 5.03e-15 m^2 / 3e-9 m = 3.7e-16 F, C V^2 = 1.5 fJ at 2 V
        assertEquals(1.48e-15, Energy.gate_energy(d, 2, 0), 0.02e-15);
        // a full swing moves qIon * area = 5.8 * 5.03e-15 = 2.9e-14 C: 58 fJ at 2 V, 40 times the capacitor's share
        assertEquals(1.48e-15 + 5.83e-14, Energy.gate_energy(d, 2, 1), 0.05e-14);
    }

    @Test
    void wSynapseNeedsLessCurrent() {
        Device d = wSynapse();
        assertTrue(d.Delta() > 30 && d.Delta() < 100, "Delta = " + d.Delta());
        // W/CoFeB/MgO: |thetaSH| = 0.3 and a 60 nm channel give Ic0 = 0.37 mA (eta * Lee). Three-terminal
        // beta-W/CoFeB/MgO junctions switch at currents of order 1 mA (Pai et al., APL 101, 122404, 2012);
        // a 60 nm channel needs less: accept 0.1–3 mA, and at least 3x below the Pt cell.
        assertTrue(d.Ic0() > 0.1e-3 && d.Ic0() < 3e-3, "Ic0 = " + d.Ic0());
        assertTrue(d.Ic0() < ptSynapse().Ic0() / 3);
        // the negative spin Hall angle of W: the same switching probability with the current's sign
        // reversed is what the runtime's convention implies, but the compact model is polarity-blind
        assertEquals(Switching.switching_probability(d, 1e-3, 1e-9, 0.02, 0), Switching.switching_probability(d, -1e-3, 1e-9, 0.02, 0));
    }

    @Test
    void feRhSynapseStoresStatesAtAmbientTemperature() {
        Device d = feRhSynapse();
        Model.Phase m = (Model.Phase) d.model();
        // at rest nothing turns FM beyond the loop's tail: Phi((300 - 10 - 300) / 3) = 4.3e-4
        assertTrue(Switching.switching_probability(d, 0, 10e-9, 0, 0) < 1e-3);
        // the reference write pulse, 2 mA for 10 ns: Tpeak = 300 + 4e-6 * 40 * 1e5 = 316 K, far below Tc = 675 K
        double peak = PhaseSwitching.peakTemperature(d, m, 2e-3, 10e-9);
        assertEquals(316, peak, 1e-6);
        assertTrue(peak < 675);
        // written states survive at 300 K and a gate to h = 1 erases them
        double x = PhaseSwitching.phase_write(d, 0, 1.6e-3, 10e-9, 0, 0);
        assertTrue(x > 0.4 && x < 0.7, "x = " + x);
        assertEquals(x, PhaseSwitching.fm_fraction(d, x, 0, 0));
        assertTrue(PhaseSwitching.fm_fraction(d, x, 1, 0) < 1e-3);
        // write energy 2 mA, 10 ns in 40 Ohm = 1.6 pJ
        assertEquals(1.6e-12, Energy.write_energy(d, 2e-3, 10e-9), 1e-18);
    }

    @Test
    void gatesDoNotDriftAtAReadBias() {
        // 0.2 V for an hour on the gated references: below Vth no ion drift, only the 10-year relaxation
        for (Device d : new Device[] {ptSynapse(), feRhSynapse()}) {
            for (double h : new double[] {0, 0.5, 1}) {
                for (double v : new double[] {0.2, -0.2}) {
                    assertEquals(h, GateKinetics.gate(d, h, v, 3600), 1e-4, d.describe() + " h = " + h + " V = " + v);
                }
            }
        }
        // without the threshold the same bias would have moved PtSynapse's h from 0 to 1 within the hour
        Device noVth = Fixture.device("D", "stack", ptCoFeBHfO2(), "shape", Shape.disk(80e-9),
                "gate", Fixture.gate("dKs", 0.4e-3, "tau", 10e-3, "V0", 2.0));
        assertTrue(GateKinetics.gate(noVth, 0, 0.2, 3600) > 0.99);
    }

    @Test
    void analogSynapseSpansItsRangeInTensOfPulses() {
        Device d = analogSynapse();
        double w = AnalogUpdate.analog_update(d, -1, 40, 0);
        // 40 pulses at tau = 40: 1 - e^-1 of the range, w = -1 + 2 * 0.632 = 0.264
        assertEquals(-1 + 2 * (1 - Math.exp(-1)), w, 1e-12);
        assertTrue(AnalogUpdate.analog_update(d, -1, 40, 20e-3) > w);
        assertTrue(d.Delta() > 30);
    }
}
