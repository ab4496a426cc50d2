package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * An array's device-to-device spread (§8.5): property name to relative standard deviation,
 * {@code { Ms = 5 %; Ks = 3 %; diameter = 2 % }}. Which names are understood, and where each
 * acts, is {@link Variation}'s business: it needs the device to check them.
 */
@DomainType(name = "Variability", block = true, open = true,
        names = {"Ms", "Ku", "Aex", "alpha", "Tt", "dTt_dB", "Tc", "cv", "thetaSH", "rho", "epsR", "Ks", "tFree", "diameter", "dKs",
            "tau", "V0", "Vs", "retention", "Vth", "Ea", "qIon", "T", "tau0", "dNuc", "channelWidth", "channelLength", "xiFL", "Bdet"},
        doc = "Relative standard deviation per property name (Ms, Ku, Aex, alpha, Tt, dTt_dB, Tc, cv, thetaSH, rho, epsR, Ks, tFree, diameter, dKs, tau, V0, Vs, retention, Vth, Ea, qIon, T, tau0, dNuc, channelWidth, channelLength, xiFL, Bdet): each device draws its own value, Gaussian, truncated to stay positive.")
public final class Variability extends KindValue {
    private Variability(Props completed) {
        super(completed);
    }

    public static Variability create(Props p) {
        Props c = Schema.of(Variability.class).complete(p);
        for (String name : c.names()) {
            double s = c.real(name);
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw RuntimeFailure.invalidProperty(name, c.owner() + ": the relative spread of `" + name + "` = " + QuantityFormat.formatReal(s) + " must be finite and >= 0");
            }
        }
        return new Variability(c);
    }

    /** The relative standard deviation of {@code name}; 0 when it is not listed. */
    public double sigma(String name) {
        return props().real(name, 0);
    }
}
