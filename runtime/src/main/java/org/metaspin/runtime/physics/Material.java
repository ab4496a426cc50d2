package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;

/**
 * A material (§8.1). Every property is optional: a heavy metal has {@code thetaSH} and
 * {@code rho} but no {@code Ms}. A model that needs an unset one fails with R0005 naming it.
 */
@DomainType(name = "Material", kind = "material",
        doc = "Bulk properties of a material at 300 K: magnetic (Ms, Ku, Aex, alpha, Curie temperature Tc), transport (thetaSH, rho), dielectric (epsR), thermal (cv) and phase transition (Tt, dTt_dB). All optional.")
public final class Material extends KindValue {
    private Material(Props completed) {
        super(completed);
    }

    public static Material create(Props p) {
        return new Material(Schema.of(Material.class).complete(p));
    }

    /** True when the property is set (a model needing it can then read it). */
    public boolean has(String property) { return props().has(property); }

    @Prop(dim = "A/m", check = "> 0", doc = "Saturation magnetization.")
    public double Ms() { return props().real("Ms"); }

    @Prop(dim = "J/m^3", doc = "Bulk uniaxial anisotropy, easy axis out of plane (an unset Ku counts as 0 in the models).")
    public double Ku() { return props().real("Ku"); }

    @Prop(dim = "J/m", check = ">= 0", doc = "Exchange stiffness.")
    public double Aex() { return props().real("Aex"); }

    @Prop(check = "(0, 1]", doc = "Gilbert damping.")
    public double alpha() { return props().real("alpha"); }

    @Prop(doc = "Spin Hall angle (heavy metals); its sign fixes the polarity of spin-orbit torque switching.")
    public double thetaSH() { return props().real("thetaSH"); }

    @Prop(dim = "Ohm*m", check = "> 0", doc = "Electrical resistivity.")
    public double rho() { return props().real("rho"); }

    @Prop(check = "> 0", doc = "Relative permittivity (oxides).")
    public double epsR() { return props().real("epsR"); }

    @Prop(dim = "K", check = ">= 0", doc = "Antiferro-to-ferromagnetic transition temperature (FeRh-like).")
    public double Tt() { return props().real("Tt"); }

    @Prop(dim = "K/T", doc = "Shift of Tt with the applied field (negative for FeRh: a field favours the ferromagnetic phase).")
    public double dTt_dB() { return props().real("dTt_dB"); }

    @Prop(name = "Tc", dim = "K", check = "> 300",
            doc = "Curie temperature. When set, a device at T uses Ms(T) = Ms * m, Ku(T) = Ku * m^3, Ks(T) = Ks * m^2, dKs(T) = dKs * m^2, Aex(T) = Aex * m^2 with m = f(T) / f(300 K), f(T) = 1 - (T / Tc)^(3/2) (Bloch; Callen-Callen for the anisotropies); T >= Tc is R0005.")
    public double Tc() { return props().real("Tc"); }

    @Prop(dim = "J/(m^3*K)", check = "> 0", doc = "Volumetric heat capacity (the phase model's default Cth = cv * volume).")
    public double cv() { return props().real("cv"); }
}
