package org.metaspin.runtime.physics;

/**
 * Magnetometric demagnetizing factors of a uniformly magnetized free layer (§9.1), the
 * volume-averaged ones that enter the magnetostatic energy {@code mu0 Ms^2 N V / 2}:
 * <ul>
 * <li>circular cylinder, closed form with complete elliptic integrals (Joseph, J. Appl. Phys.
 * 37, 4639, 1966; tabulated by Chen, Brug and Goldfarb, IEEE Trans. Magn. 27, 3601, 1991);</li>
 * <li>rectangular prism (Aharoni, J. Appl. Phys. 83, 3432, 1998, eq. 1).</li>
 * </ul>
 * The tests hold both against a numerical integration of the surface-charge energy and
 * against the published values (cylinder of height = diameter: 0.3116; cube: 1/3).
 */
final class Demag {
    private Demag() {}

    /**
     * {@code Nd = Nz - (Nx + Ny) / 2 = (3 Nz - 1) / 2} of a free layer of thickness {@code t}
     * and the given shape: a disk is a cylinder, a rectangle a prism, an ellipse the disk of
     * equal area (diameter {@code sqrt(a b)}).
     */
    static double nd(Shape.Form form, double a, double b, double t) {
        double nz = switch (form) {
            case DISK -> cylinderNz(a, t);
            case ELLIPSE -> cylinderNz(Math.sqrt(a * b), t);
            case RECT -> prismNz(a, b, t);
        };
        return (3 * nz - 1) / 2;
    }

    /**
     * Axial factor of a cylinder of {@code diameter} and {@code height}: with {@code p = height /
     * diameter} and modulus {@code k^2 = 1 / (1 + p^2)},
     * {@code Nz = 1 - 4 / (3 pi p) * (sqrt(1 + p^2) * (p^2 K(k) + (1 - p^2) E(k)) - 1)}.
     */
    static double cylinderNz(double diameter, double height) {
        double p = height / diameter;
        double p2 = p * p;
        double kc = p / Math.sqrt(1 + p2); // complementary modulus sqrt(1 - k^2), exact also for thin disks
        double[] ke = ellipticKE(kc);
        double bracket = Math.sqrt(1 + p2) * (p2 * ke[0] + (1 - p2) * ke[1]) - 1;
        return 1 - 4 / (3 * Math.PI * p) * bracket;
    }

    /**
     * Complete elliptic integrals {K(k), E(k)} from the complementary modulus {@code kc} by the
     * arithmetic-geometric mean (Abramowitz and Stegun 17.6): quadratic convergence, so a
     * handful of iterations reach double precision for any {@code kc} in (0, 1].
     */
    static double[] ellipticKE(double kc) {
        double a = 1, b = kc;
        double c2 = (1 - kc) * (1 + kc); // k^2 without cancellation near kc = 1
        double sum = c2 / 2;              // sum of 2^(n-1) c_n^2, n = 0 …
        double pow = 0.5;
        for (int n = 0; n < 40 && Math.abs(a - b) > 1e-16 * a; n++) {
            double an = (a + b) / 2;
            double cn = (a - b) / 2;
            b = Math.sqrt(a * b);
            a = an;
            pow *= 2;
            sum += pow * cn * cn;
        }
        double k = Math.PI / (2 * a);
        return new double[] {k, k * (1 - sum)};
    }

    /**
     * Factor along the side {@code z} of a prism with full sides {@code x, y, z} (Aharoni 1998,
     * eq. 1, with half-sides a, b, c). The logarithms of {@code (s - a) / (s + a)} are written as
     * {@code ln((s^2 - a^2) / (s + a)^2)} so that thin films and long rods do not cancel.
     */
    static double prismNz(double x, double y, double z) {
        double a = x / 2, b = y / 2, c = z / 2;
        double a2 = a * a, b2 = b * b, c2 = c * c;
        double abc = a * b * c;
        double r = Math.sqrt(a2 + b2 + c2);
        double rab = Math.sqrt(a2 + b2), rbc = Math.sqrt(b2 + c2), rac = Math.sqrt(a2 + c2);
        double sum = (b2 - c2) / (2 * b * c) * Math.log((b2 + c2) / sq(r + a))
                + (a2 - c2) / (2 * a * c) * Math.log((a2 + c2) / sq(r + b))
                + b / (2 * c) * Math.log(sq(rab + a) / b2)
                + a / (2 * c) * Math.log(sq(rab + b) / a2)
                + c / (2 * a) * Math.log(c2 / sq(rbc + b))
                + c / (2 * b) * Math.log(c2 / sq(rac + a))
                + 2 * Math.atan(a * b / (c * r))
                + (a * a2 + b * b2 - 2 * c * c2) / (3 * abc)
                + (a2 + b2 - 2 * c2) / (3 * abc) * r
                + c / (a * b) * (rac + rbc)
                - (rab * rab * rab + rbc * rbc * rbc + rac * rac * rac) / (3 * abc);
        return sum / Math.PI;
    }

    private static double sq(double v) { return v * v; }
}
