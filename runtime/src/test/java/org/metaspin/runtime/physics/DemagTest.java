package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The demagnetizing factors of {@link Demag} against published values, their limits, and an
 * independent numerical integration: the magnetostatic energy of the two charged faces
 * (surface charge +-Ms on top and bottom), {@code E = mu0 Ms^2 / (8 pi) * 2 (S(0) - S(t))} with
 * {@code S(z)} the double area integral of {@code 1 / sqrt(|r - r'|^2 + z^2)} over a face, equals
 * {@code mu0 Ms^2 Nz V / 2}, so {@code Nz = (S(0) - S(t)) / (2 pi V)}.
 */
class DemagTest {
    @Test
    void publishedValues() {
        // Chen, Brug and Goldfarb (IEEE Trans. Magn. 27, 3601, 1991), table I: a cylinder as high as wide, Nm = 0.3116
        assertEquals(0.3116, Demag.cylinderNz(1, 1), 5e-5);
        // cube: 1/3 by symmetry (Aharoni 1998)
        assertEquals(1.0 / 3, Demag.prismNz(1, 1, 1), 1e-14);
        assertEquals(0, Demag.nd(Shape.Form.RECT, 7e-9, 7e-9, 7e-9), 1e-13);
        // the three factors of a prism add to 1
        assertEquals(1, Demag.prismNz(1, 2, 3) + Demag.prismNz(2, 3, 1) + Demag.prismNz(3, 1, 2), 1e-13);
        // complete elliptic integrals at k^2 = 1/2: K = 1.854074677, E = 1.350643881 (Abramowitz and Stegun, table 17.1)
        double[] ke = Demag.ellipticKE(Math.sqrt(0.5));
        assertEquals(1.854074677, ke[0], 1e-9);
        assertEquals(1.350643881, ke[1], 1e-9);
    }

    @Test
    void limits() {
        // thin film: Nz -> 1, Nd -> 1
        assertEquals(1, Demag.cylinderNz(1, 1e-7), 1e-5);
        assertEquals(1, Demag.prismNz(1, 1, 1e-7), 1e-5);
        assertTrue(Demag.nd(Shape.Form.DISK, 80e-9, 80e-9, 1e-12) > 0.999);
        // long rod along z: Nz -> 0
        assertEquals(0, Demag.cylinderNz(1, 1e4), 1e-4);
        assertEquals(0, Demag.prismNz(1, 1, 1e4), 1e-4);
        // a thinner layer is always closer to the film: Nd rises as t falls
        double prev = -1;
        for (double t = 40e-9; t > 0.1e-9; t /= 1.5) {
            double nd = Demag.nd(Shape.Form.DISK, 40e-9, 40e-9, t);
            assertTrue(nd > prev);
            prev = nd;
        }
        // the ellipse is the disk of equal area: ellipse(d, d) = disk(d), ellipse(a, b) = disk(sqrt(a b))
        assertEquals(Demag.nd(Shape.Form.DISK, 60e-9, 60e-9, 1e-9), Demag.nd(Shape.Form.ELLIPSE, 60e-9, 60e-9, 1e-9));
        assertEquals(Demag.nd(Shape.Form.DISK, 60e-9, 60e-9, 1e-9), Demag.nd(Shape.Form.ELLIPSE, 40e-9, 90e-9, 1e-9), 1e-15);
    }

    @Test
    void cylinderAgreesWithNumericalIntegration() {
        for (double p : new double[] {0.01375, 0.1, 0.5, 1, 3}) {
            double r = 1, t = 2 * p; // diameter 2, height 2p
            double s0 = diskSelf(r, 0), st = diskSelf(r, t);
            double nz = (s0 - st) / (2 * Math.PI * Math.PI * r * r * t);
            assertEquals(nz, Demag.cylinderNz(2 * r, t), 2e-7, "height / diameter = " + p);
        }
    }

    @Test
    void prismAgreesWithNumericalIntegration() {
        double[][] sides = {{1, 1, 0.02}, {1, 2, 0.1}, {1, 1, 1}, {2, 3, 5}};
        for (double[] s : sides) {
            double nz = (rectSelf(s[0], s[1], 0) - rectSelf(s[0], s[1], s[2])) / (2 * Math.PI * s[0] * s[1] * s[2]);
            assertEquals(nz, Demag.prismNz(s[0], s[1], s[2]), 2e-7, java.util.Arrays.toString(s));
        }
    }

    /**
     * {@code S(z)} of a disk of radius r: the distance s between two uniform points of a disk has the
     * density {@code 4 s / (pi r^2) * (acos(s / 2r) - (s / 2r) sqrt(1 - (s / 2r)^2))} ("disk line
     * picking"), so {@code S(z) = (pi r^2)^2 * E[1 / sqrt(s^2 + z^2)]}.
     */
    private static double diskSelf(double r, double z) {
        double area = Math.PI * r * r;
        // s = 2r sin^2(phi), phi in [0, pi/2]: smooths the square-root edge at s = 2r
        return area * area * integrate(phi -> {
            double sn = Math.sin(phi);
            double s = 2 * r * sn * sn, ds = 4 * r * sn * Math.cos(phi);
            double x = s / (2 * r);
            double density = 4 * s / (Math.PI * r * r) * (Math.acos(x) - x * Math.sqrt(Math.max(0, 1 - x * x)));
            return density / Math.sqrt(s * s + z * z) * ds;
        }, 0, Math.PI / 2);
    }

    /**
     * {@code S(z)} of an a x b rectangle: the difference vector (u, v) of two points has the weight
     * {@code (a - |u|)(b - |v|)}; the v integral in closed form,
     * {@code int_0^b (b - v) / sqrt(v^2 + c^2) dv = b asinh(b / c) - sqrt(b^2 + c^2) + c}.
     */
    private static double rectSelf(double a, double b, double z) {
        DoubleUnaryOperator inner = u -> {
            double c = Math.sqrt(u * u + z * z);
            if (c == 0) return 0;
            return b * Math.log((b + Math.sqrt(b * b + c * c)) / c) - Math.sqrt(b * b + c * c) + c;
        };
        // u = a w^2 removes the logarithmic singularity at u = 0 when z = 0
        return 4 * integrate(w -> {
            double u = a * w * w;
            return (a - u) * inner.applyAsDouble(u) * 2 * a * w;
        }, 0, 1);
    }

    /** Composite 5-point Gauss–Legendre on 2000 panels. */
    private static double integrate(DoubleUnaryOperator f, double lo, double hi) {
        double[] x = {0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640};
        double[] w = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891};
        int panels = 2000;
        double h = (hi - lo) / panels, sum = 0;
        for (int p = 0; p < panels; p++) {
            double mid = lo + (p + 0.5) * h;
            for (int k = 0; k < 5; k++) sum += w[k] * f.applyAsDouble(mid + x[k] * h / 2);
        }
        return sum * h / 2;
    }
}
