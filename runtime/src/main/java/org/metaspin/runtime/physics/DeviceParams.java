package org.metaspin.runtime.physics;

/**
 * A device's numbers flattened once, in SI: what the models read in their loops instead of
 * walking property maps. NaN marks a property that is not set (the device turns it into an
 * R0005 naming it when a model needs it). The array kernel applies device-to-device spread
 * here directly ({@link Variation#apply}); a test holds it equal to building the varied device.
 */
final class DeviceParams implements Cloneable {
    double ms;          // free layer, NaN unset
    double ku;          // free layer, 0 unset
    double aex;         // free layer, NaN unset (not used by the models, varied for completeness)
    double alpha;       // free layer, NaN unset
    double tt;          // free layer, NaN unset
    double dTtdB;       // free layer, NaN unset
    double ks;
    double tFree;
    double dKs;         // 0 without a gate
    long levels;
    double gateTau, gateV0, gateVs, gateRetention; // NaN without a gate
    double area;
    double width;
    double wCh;
    double lCh;
    boolean wChFromShape;
    boolean lChFromShape;
    double dNuc;
    double temperature;
    double tau0;
    double xiFL;
    double thetaSH;     // channel, NaN unset or no channel
    double rho;         // channel, NaN unset or no channel
    double tCh;         // NaN: no channel layer
    double epsR;        // gate oxide, NaN unset or no gate oxide
    double tGate;       // NaN: no gate oxide

    /** {@code min(area, pi dNuc^2 / 4, width * dNuc) * tFree} (§8.4): nucleation caps the switching volume. */
    double activationVolume() {
        double lateral = Math.min(area, Math.min(Math.PI * dNuc * dNuc / 4, width * dNuc));
        return lateral * tFree;
    }

    double keff(double hSeen) {
        return Anisotropy.keff(ku, ks + hSeen * dKs, tFree, ms);
    }

    @Override
    protected DeviceParams clone() {
        try {
            return (DeviceParams) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Field by field, for the test that holds the array kernel's variation equal to the device's. */
    double[] asArray() {
        return new double[] {ms, ku, aex, alpha, tt, dTtdB, ks, tFree, dKs, levels, gateTau, gateV0, gateVs, gateRetention,
            area, width, wCh, lCh, dNuc, temperature, tau0, xiFL, thetaSH, rho, tCh, epsR, tGate};
    }
}
