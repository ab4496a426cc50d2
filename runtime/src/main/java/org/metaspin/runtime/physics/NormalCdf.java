package org.metaspin.runtime.physics;

/**
 * The standard normal distribution function Phi, within 1e-10 relative to |x| = 7 and 1e-8 beyond: Hart's
 * rational approximation (J. F. Hart, Computer Approximations, Wiley 1968, algorithm 5666)
 * below |x| = 10/sqrt(2), a continued fraction beyond, as set out by G. West (Wilmott
 * Magazine, 2005, "Better approximations to cumulative normal functions"). The JDK has no
 * erf; the tests check it against tabulated values.
 */
final class NormalCdf {
    private NormalCdf() {}

    static double phi(double x) {
        double z = Math.abs(x);
        double tail;
        if (z > 37) {
            tail = 0;
        } else {
            double e = Math.exp(-z * z / 2);
            if (z < 7.07106781186547) {
                double num = 3.52624965998911e-02;
                num = num * z + 0.700383064443688;
                num = num * z + 6.37396220353165;
                num = num * z + 33.912866078383;
                num = num * z + 112.079291497871;
                num = num * z + 221.213596169931;
                num = num * z + 220.206867912376;
                double den = 8.83883476483184e-02;
                den = den * z + 1.75566716318264;
                den = den * z + 16.064177579207;
                den = den * z + 86.7807322029461;
                den = den * z + 296.564248779674;
                den = den * z + 637.333633378831;
                den = den * z + 793.826512519948;
                den = den * z + 440.413735824752;
                tail = e * num / den;
            } else {
                double f = z + 0.65;
                f = z + 4 / f;
                f = z + 3 / f;
                f = z + 2 / f;
                f = z + 1 / f;
                tail = e / f / 2.506628274631;
            }
        }
        return x > 0 ? 1 - tail : tail;
    }
}
