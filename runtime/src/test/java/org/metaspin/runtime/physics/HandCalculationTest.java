package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Keff, Hk, Delta, tau0 and Ic0 of the Pt(5)/CoFeB(1.1)/MgO(2) stack of {@link Fixture}, an 80 nm
 * disk at 300 K, checked against arithmetic written out here (CODATA 2018 constants; the
 * elliptic integrals of the shape factor evaluated independently with mpmath).
 */
class HandCalculationTest {
    private static final double REL = 1e-9;

    @Test
    void continuousFilm() {
        // Ks / t      = 1.3e-3 / 1.1e-9                    = 1 181 818.18 J/m^3
        // mu0 Ms^2/2  = 1.25663706212e-6 * (1.1e6)^2 / 2   =   760 265.42 J/m^3
        // Keff        = 1 181 818.18 - 760 265.42           =   421 552.76 J/m^3 (the stack's: a continuous film, Nd = 1)
        Stack s = Fixture.ptCoFeBMgO();
        assertEquals(421_552.759, s.Keff(), 421_552.759 * REL);
        assertTrue(s.perpendicular());
        assertEquals(1.1e-9, s.tFree());
        // Hk = 2 Keff / (mu0 Ms) = 843 105.52 / 1.382300768 = 609 929.14 A/m (mu0 Hk = 0.7665 T)
        assertEquals(609_929.140, s.Hk(), 609_929.140 * REL);
    }

    @Test
    void theDisksOwnShapeFactor() {
        Device d = Fixture.synapse();
        // cylinder of height/diameter p = 1.1 / 80 = 0.01375, k^2 = 1 / (1 + p^2):
        // Nz = 1 - 4 / (3 pi p) * (sqrt(1 + p^2) (p^2 K + (1 - p^2) E) - 1) = 0.9547167114 (mpmath)
        // Nd = (3 Nz - 1) / 2 = 0.9320750671
        assertEquals(0.9320750671, d.Nd(), 1e-9);
        // Keff = 1 181 818.18 - 0.9320750671 * 760 265.42 = 1 181 818.18 - 708 624.44 = 473 193.737 J/m^3
        assertEquals(473_193.737, d.Keff(), 473_193.737 * REL);
        // Hk = 2 * 473 193.737 / (mu0 * 1.1e6) = 684 646.566 A/m (mu0 Hk = 0.86035 T)
        assertEquals(684_646.566, d.Hk(), 684_646.566 * REL);
    }

    @Test
    void deltaUsesTheNucleationArea() {
        Device d = Fixture.synapse();
        // areas: disk pi (80 nm)^2 / 4 = 5026.5 nm^2, nucleus pi (30 nm)^2 / 4 = 706.86 nm^2,
        // strip 80 nm * 30 nm = 2400 nm^2; the smallest is the nucleus:
        // Vact = 706.858 nm^2 * 1.1 nm = 7.775442e-25 m^3
        assertEquals(7.775441818e-25, d.activationVolume(), 7.775441818e-25 * REL);
        assertEquals(Math.PI * 80e-9 * 80e-9 / 4 * 1.1e-9, d.volume(), 1e-35);
        // Delta = Keff Vact / (kB T) = 473 193.737 * 7.775442e-25 / (1.380649e-23 * 300)
        //       = 3.679295e-19 / 4.141947e-21 = 88.82997
        assertEquals(88.829972, d.Delta(), 88.829972 * 1e-8);
    }

    @Test
    void brownsAttemptTime() {
        Device d = Fixture.synapse();
        // tauD = (1 + alpha^2) / (alpha gamma mu0 Hk) = 1.0001 / (0.01 * 1.76085963023e11 * 0.8603522 T) = 6.601496e-10 s
        // tau0 = tauD sqrt(pi / Delta) = 6.601496e-10 * sqrt(3.14159265 / 88.82997) = 6.601496e-10 * 0.1880597 = 1.241474e-10 s
        assertEquals(1.241474e-10, d.tau0(), 1.241474e-10 * 1e-6);
        assertEquals(1.241474e-10, Switching.attempt_time(d, 0, 0), 1.241474e-10 * 1e-6);
        // retention = tau0 exp(Delta) = 1.241474e-10 * exp(88.82997) = 4.70224e28 s
        assertEquals(4.70224e28, d.retention(), 4.70224e28 * 1e-5);
        // with 0.43 T in plane (half of mu0 Hk): DeltaB = 88.83 / 4 = 22.2075, tau0 = tauD sqrt(pi / 22.2075)
        double half = 0.5 * 0.86035224914697;
        assertEquals(6.601496e-10 * Math.sqrt(Math.PI / (88.829972 / 4)), Switching.attempt_time(d, 0, half), 1e-16);
        // below DeltaB = 1 the square root stops growing: at 0.95 mu0 Hk, DeltaB = 0.222, tau0 = tauD sqrt(pi)
        assertEquals(6.601496e-10 * Math.sqrt(Math.PI), Switching.attempt_time(d, 0, 0.95 * 0.86035224914697), 1e-15);
        // a device's own tau0 is returned as set
        assertEquals(1e-9, Switching.attempt_time(Fixture.synapse("tau0", 1e-9), 0.5 * 0, half));
        // at T = 0 Brown's is 0 s
        assertEquals(0, Switching.attempt_time(Fixture.synapse("T", 0.0), 0, 0));
    }

    @Test
    void criticalCurrentByLeeScaledByEta() {
        Device d = Fixture.synapse();
        // 2e/hbar              = 2 * 1.602176634e-19 / 1.054571817e-34 = 3.038535e15 1/(V s)
        // mu0 Ms tF / thetaSH  = 1.25663706212e-6 * 1.1e6 * 1.1e-9 / 0.07 = 2.172187e-8 T m
        // Hk / 2               = 342 323.283 A/m
        // Jc(eta = 1) = 3.038535e15 * 2.172187e-8 * 342 323.283 = 2.259425e13 A/m^2
        // Ic0(eta = 1) = Jc * w * tPt = 2.259425e13 * 80e-9 * 5e-9 = 9.037699 mA; eta = 1/3: 3.012566 mA
        assertEquals(3.012566e-3, d.Ic0(), 3.012566e-3 * 1e-6);
        assertEquals(9.037699e-3, Fixture.synapse("eta", 1.0).Ic0(), 9.037699e-3 * 1e-6);
        // with Bx = 0.1 T: Hx/sqrt2 = 0.1 / mu0 / sqrt2 = 56 270.4 A/m, Ic = Ic0 (1 - 56 270.4 / 342 323.283)
        double expected = 3.012566e-3 * (1 - 0.1 / 1.25663706212e-6 / Math.sqrt(2) / 342_323.283);
        assertEquals(expected, Switching.critical_current(d, 0.1, 0), expected * 1e-6);
        assertEquals(expected, Switching.critical_current(d, -0.1, 0), expected * 1e-6);
    }

    @Test
    void curieScaling() {
        // Tc = 1000 K: f(300) = 1 - 0.3^1.5 = 0.835683, f(400) = 1 - 0.4^1.5 = 0.747018, m = 0.893901
        Material hot = Fixture.material("CoFeB", "Ms", 1.1e6, "alpha", 0.01, "Tc", 1000.0);
        Stack s = Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9), Layers.layer(hot, 1.1e-9)),
                "free", hot, "Ks", 1.3e-3);
        Device at300 = Fixture.device("D", "stack", s, "shape", Shape.disk(80e-9));
        Device at400 = Fixture.device("D", "stack", s, "shape", Shape.disk(80e-9), "T", 400.0);
        // at 300 K the values are the material's: the fixture's Keff
        assertEquals(473_193.737, at300.Keff(), 473_193.737 * REL);
        // at 400 K: Ks m^2 / t = 1 181 818.18 * 0.799059 = 944 342.4; Nd mu0 (Ms m)^2 / 2 = 708 624.44 * 0.799059 = 566 232.8
        // Keff = 378 109.6 J/m^3 (both terms scale as m^2 here: Ku = 0)
        double m = (1 - Math.pow(0.4, 1.5)) / (1 - Math.pow(0.3, 1.5));
        assertEquals(0.893901, m, 1e-6);
        assertEquals(473_193.737 * m * m, at400.Keff(), 1e-3);
        // Hk = 2 Keff / (mu0 Ms m) scales as m
        assertEquals(684_646.566 * m, at400.Hk(), 1e-3);
        // Delta = Keff Vact / (kB T): m^2 and 300/400
        assertEquals(88.829972 * m * m * 0.75, at400.Delta(), 1e-5);
        // bulk anisotropy scales as m^3 (Callen–Callen): Ku = 1e5 adds 1e5 m^3 = 71 426.4 J/m^3
        Material bulk = Fixture.material("CoFeB", "Ms", 1.1e6, "alpha", 0.01, "Tc", 1000.0, "Ku", 1e5);
        Device withKu = Fixture.device("D", "stack", Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9),
                Layers.layer(bulk, 1.1e-9)), "free", bulk, "Ks", 1.3e-3), "shape", Shape.disk(80e-9), "T", 400.0);
        assertEquals(473_193.737 * m * m + 1e5 * m * m * m, withKu.Keff(), 1e-3);
        // at and above Tc there is no magnet: R0005
        Device atTc = Fixture.device("D", "stack", s, "shape", Shape.disk(80e-9), "T", 1000.0);
        CompactModelTest.assertInvalid(atTc::Delta, "Curie temperature");
        CompactModelTest.assertInvalid(() -> Switching.switching_probability(atTc, 0, 1e-9, 0, 0), "Curie temperature");
        // Tc must lie above 300 K, where the material's values are given
        CompactModelTest.assertInvalid(() -> Fixture.material("X", "Tc", 250.0), "Tc");
    }
}
