package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.e;
import static org.metaspin.runtime.physics.Constants.gamma;
import static org.metaspin.runtime.physics.Constants.hbar;
import static org.metaspin.runtime.physics.Constants.kB;
import static org.metaspin.runtime.physics.Constants.mu0;

/**
 * A device's numbers flattened once, in SI: what the models read in their loops instead of
 * walking property maps. NaN marks a property that is not set (the device turns it into an
 * R0005 naming it when a model needs it). The array kernel applies device-to-device spread
 * here directly ({@link Variation#apply}) and then {@link #derive()}s the shape factor again;
 * a test holds it equal to building the varied device.
 *
 * <p>The coefficient methods at the bottom are the compact model's per-device constants at
 * the device's temperature (§9.1): with them one decision at any {@code h} costs a few
 * multiplications, one exp and one sqrt ({@link CompactMath#rate}).
 */
final class DeviceParams implements Cloneable {
    double ms;          // free layer, NaN unset
    double ku;          // free layer, 0 unset
    double aex;         // free layer, NaN unset (not used by the models, varied for completeness)
    double alpha;       // free layer, NaN unset
    double tt;          // free layer, NaN unset
    double dTtdB;       // free layer, NaN unset
    double tc;          // free layer Curie temperature, NaN unset: no temperature dependence
    double cv;          // free layer volumetric heat capacity, NaN unset
    double ks;
    double tFree;
    double dKs;         // 0 without a gate
    long levels;
    double gateTau, gateV0, gateVs, gateRetention, vth, ea, qIon; // NaN without a gate
    Shape.Form form;
    double shapeA, shapeB; // the shape's two sizes (diameter twice for a disk)
    double area;
    double width;
    double wCh;
    double lCh;
    boolean wChFromShape;
    boolean lChFromShape;
    double dNuc;
    double temperature;
    double tau0;        // NaN: Brown's, from alpha and Hk
    double eta;
    double bdet;
    double xiFL;
    double thetaSH;     // channel, NaN unset or no channel
    double rho;         // channel, NaN unset or no channel
    double tCh;         // NaN: no channel layer
    double epsR;        // gate oxide, NaN unset or no gate oxide
    double tGate;       // NaN: no gate oxide
    double nd;          // derived: demagnetizing factor difference Nz - (Nx + Ny) / 2

    /** Recomputes what follows from the others: the shape's demagnetizing factor. */
    void derive() {
        nd = Demag.nd(form, shapeA, shapeB, tFree);
    }

    /** {@code min(area, pi dNuc^2 / 4, width * dNuc) * tFree} (§8.4): nucleation caps the switching volume. */
    double activationVolume() {
        double lateral = Math.min(area, Math.min(Math.PI * dNuc * dNuc / 4, width * dNuc));
        return lateral * tFree;
    }

    /**
     * {@code m(T) = f(T) / f(300 K)}, {@code f(T) = 1 - (T / Tc)^(3/2)} (Bloch's law); 1 without
     * a Curie temperature; NaN at and above it, where the model has no magnet to describe.
     */
    double reducedMagnetization() {
        if (Double.isNaN(tc)) return 1;
        if (!(temperature < tc)) return Double.NaN;
        return (1 - Math.pow(temperature / tc, 1.5)) / (1 - Math.pow(300 / tc, 1.5));
    }

    /** {@code Ms(T)}. */
    double msAt() { return ms * reducedMagnetization(); }

    /**
     * {@code Keff(h) = Ku m^3 + (Ks + h dKs) m^2 / tFree - Nd mu0 (Ms m)^2 / 2} (Callen–Callen
     * scaling of the anisotropies, §9.1): bulk, interface and shape terms of the patterned layer.
     */
    double keff(double hSeen) {
        double m = reducedMagnetization();
        double msT = ms * m;
        return ku * m * m * m + (ks + hSeen * dKs) * m * m / tFree - nd * mu0 * msT * msT / 2;
    }

    /** {@code dKeff / dh = dKs(T) / tFree}. */
    double keffSlope() {
        double m = reducedMagnetization();
        return dKs * m * m / tFree;
    }

    /** {@code Hk / Keff = 2 / (mu0 Ms(T))}. */
    double hkPerKeff() { return 2 / (mu0 * msAt()); }

    /** {@code Delta / Keff = Vact / (kB T)}; +infinity at T = 0. */
    double deltaPerKeff() {
        return temperature == 0 ? Double.POSITIVE_INFINITY : activationVolume() / (kB * temperature);
    }

    /**
     * {@code Ic / (Hk / 2 - |Hx| / sqrt 2) = eta (2e / hbar) mu0 Ms(T) tFree / |thetaSH| * w tCh}
     * (Lee et al., APL 102, 112410, 2013, scaled by eta).
     */
    double icPerHk() {
        return eta * (2 * e / hbar) * (mu0 * msAt() * tFree / Math.abs(thetaSH)) * wCh * tCh;
    }

    /** {@code tauD * Hk = (1 + alpha^2) / (alpha gamma mu0)}: the damping time is this over Hk. */
    double tauDTimesHk() { return (1 + alpha * alpha) / (alpha * gamma * mu0); }

    @Override
    protected DeviceParams clone() {
        try {
            return (DeviceParams) super.clone();
        } catch (CloneNotSupportedException ex) {
            throw new AssertionError(ex);
        }
    }

    /** Field by field, for the test that holds the array kernel's variation equal to the device's. */
    double[] asArray() {
        return new double[] {ms, ku, aex, alpha, tt, dTtdB, tc, cv, ks, tFree, dKs, levels, gateTau, gateV0, gateVs, gateRetention,
            vth, ea, qIon, shapeA, shapeB, area, width, wCh, lCh, dNuc, temperature, tau0, eta, bdet, xiFL, thetaSH, rho, tCh,
            epsR, tGate, nd};
    }
}
