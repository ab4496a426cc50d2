package org.metaspin.runtime.physics;

import org.metaspin.runtime.random.RandomStream;

/**
 * Stochastic LLG integrator of one unit vector m (§9.3), Landau–Lifshitz form of the Gilbert
 * equation with every torque written as an effective field B:
 * <pre>
 *   dm/dt = -gamma / (1 + alpha^2) * [ m x B + alpha * m x (m x B) ]
 *   B = (Bx + bth_x - bDL * m_z,  bth_y + bFL,  bk * m_z + bth_z + bDL * m_x)
 * </pre>
 * where {@code bk * m_z} is the uniaxial anisotropy field mu0 Hk m_z, {@code Bx} the applied
 * in-plane field, {@code bDL (m x y)} the damping-like spin-orbit torque with polarization
 * {@code sigma = +y}, {@code bFL = xiFL * bDL} the field-like torque along +y, and
 * {@code bth} Brown's thermal field, Gaussian with standard deviation {@code sigma} per
 * component, held fixed across the two Heun stages (the Stratonovich reading that the
 * Gilbert equation's equilibrium needs: García-Palacios and Lázaro, PRB 58, 14937, 1998).
 *
 * <p>Sign convention: {@code bDL > 0} pushes m toward +y. With the field's tilt m_x of sign
 * Bx, the damping-like field's z component {@code bDL * m_x} then has the sign of
 * {@code bDL * Bx}, so a magnet at +z switches to -z when {@code bDL * Bx < 0}, i.e. when
 * {@code thetaSH * I * Bx < 0}; the opposite polarity keeps it at +z.
 *
 * <p>Immutable and shared by the trials of one call; a trial owns its state and its stream.
 * The step loop allocates nothing.
 */
final class MacrospinEngine {
    final double dt;
    final double gammaLL;
    final double alpha;
    final double bk;
    final double bx;
    final double sigma;

    MacrospinEngine(double gamma, double alpha, double bk, double bx, double sigma, double dt) {
        this.dt = dt;
        this.gammaLL = gamma / (1 + alpha * alpha);
        this.alpha = alpha;
        this.bk = bk;
        this.bx = bx;
        this.sigma = sigma;
    }

    /**
     * Advances {@code m} (length 3, unit, updated in place) by {@code steps} Heun steps under
     * the torque fields {@code bdl}, {@code bfl}. When {@code trace} is given, m_z after step
     * k goes to {@code trace[offset + k]}.
     */
    void run(double[] m, long steps, double bdl, double bfl, RandomStream rs, double[] trace, int offset) {
        double mx = m[0], my = m[1], mz = m[2];
        final double g = gammaLL, a = alpha, h = dt, half = 0.5 * dt, k = bk, ax = bx, s = sigma;
        final boolean noisy = s > 0;
        for (long step = 0; step < steps; step++) {
            double tx = 0, ty = 0, tz = 0;
            if (noisy) {
                tx = s * Ziggurat.next(rs);
                ty = s * Ziggurat.next(rs);
                tz = s * Ziggurat.next(rs);
            }
            double fx0 = ax + tx, fy0 = ty + bfl, fz0 = tz;

            // stage 1 at m
            double bX = fx0 - bdl * mz, bY = fy0, bZ = fz0 + k * mz + bdl * mx;
            double cx = my * bZ - mz * bY, cy = mz * bX - mx * bZ, cz = mx * bY - my * bX;
            double d1x = -g * (cx + a * (my * cz - mz * cy));
            double d1y = -g * (cy + a * (mz * cx - mx * cz));
            double d1z = -g * (cz + a * (mx * cy - my * cx));
            double px = mx + h * d1x, py = my + h * d1y, pz = mz + h * d1z;

            // stage 2 at the predictor
            bX = fx0 - bdl * pz;
            bZ = fz0 + k * pz + bdl * px;
            cx = py * bZ - pz * bY;
            cy = pz * bX - px * bZ;
            cz = px * bY - py * bX;
            double d2x = -g * (cx + a * (py * cz - pz * cy));
            double d2y = -g * (cy + a * (pz * cx - px * cz));
            double d2z = -g * (cz + a * (px * cy - py * cx));

            mx += half * (d1x + d2x);
            my += half * (d1y + d2y);
            mz += half * (d1z + d2z);
            double inv = 1 / Math.sqrt(mx * mx + my * my + mz * mz);
            mx *= inv;
            my *= inv;
            mz *= inv;
            if (trace != null) trace[offset + (int) step] = mz;
        }
        m[0] = mx;
        m[1] = my;
        m[2] = mz;
    }
}
