package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Keff, Hk, Delta and Ic0 of the Pt(5)/CoFeB(1.1)/MgO(2) stack of {@link Fixture}, an 80 nm
 * disk at 300 K, checked against arithmetic written out here (CODATA 2018 constants).
 */
class HandCalculationTest {
    private static final double REL = 1e-9;

    @Test
    void effectiveAnisotropy() {
        // Ks / t      = 1.3e-3 / 1.1e-9                    = 1 181 818.18 J/m^3
        // mu0 Ms^2/2  = 1.25663706212e-6 * (1.1e6)^2 / 2   =   760 265.42 J/m^3
        // Keff        = 1 181 818.18 - 760 265.42           =   421 552.76 J/m^3
        Stack s = Fixture.ptCoFeBMgO();
        assertEquals(421_552.759, s.Keff(), 421_552.759 * REL);
        assertTrue(s.perpendicular());
        assertEquals(1.1e-9, s.tFree());
        // Hk = 2 Keff / (mu0 Ms) = 843 105.52 / 1.382300768 = 609 929.14 A/m (mu0 Hk = 0.7665 T)
        assertEquals(609_929.140, s.Hk(), 609_929.140 * REL);
    }

    @Test
    void deltaUsesTheNucleationArea() {
        Device d = Fixture.synapse();
        // areas: disk pi (80 nm)^2 / 4 = 5026.5 nm^2, nucleus pi (30 nm)^2 / 4 = 706.86 nm^2,
        // strip 80 nm * 30 nm = 2400 nm^2; the smallest is the nucleus:
        // Vact = 706.858 nm^2 * 1.1 nm = 7.775442e-25 m^3
        assertEquals(7.775441818e-25, d.activationVolume(), 7.775441818e-25 * REL);
        assertEquals(Math.PI * 80e-9 * 80e-9 / 4 * 1.1e-9, d.volume(), 1e-35);
        // Delta = Keff Vact / (kB T) = 421 552.76 * 7.775442e-25 / (1.380649e-23 * 300)
        //       = 3.277760e-19 / 4.141947e-21 = 79.1357
        assertEquals(79.135705, d.Delta(), 79.135705 * 1e-7);
        // retention = tau0 exp(Delta) = 1 ns * exp(79.1357) = 2.3e25 s
        assertEquals(1e-9 * Math.exp(79.135705), d.retention(), 1e-9 * Math.exp(79.135705) * 1e-6);
    }

    @Test
    void criticalCurrentByLee() {
        Device d = Fixture.synapse();
        // 2e/hbar              = 2 * 1.602176634e-19 / 1.054571817e-34 = 3.038535e15 1/(V s)
        // mu0 Ms tF / thetaSH  = 1.25663706212e-6 * 1.1e6 * 1.1e-9 / 0.07 = 2.172187e-8 T m
        // Hk / 2               = 304 964.57 A/m
        // Jc = 3.038535e15 * 2.172187e-8 * 304 964.57 = 2.012847e13 A/m^2
        // Ic0 = Jc * w * tPt = 2.012847e13 * 80e-9 * 5e-9 = 8.05139 mA
        assertEquals(8.051389e-3, d.Ic0(), 8.051389e-3 * 1e-6);
        // with Bx = 0.1 T: Hx/sqrt2 = 0.1 / mu0 / sqrt2 = 56 270.4 A/m, Ic = Ic0 (1 - 56270.4 / 304964.57)
        double expected = 8.051389e-3 * (1 - 0.1 / 1.25663706212e-6 / Math.sqrt(2) / 304_964.57);
        assertEquals(expected, Switching.critical_current(d, 0.1, 0), expected * 1e-6);
        assertEquals(expected, Switching.critical_current(d, -0.1, 0), expected * 1e-6);
    }
}
