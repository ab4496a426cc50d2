package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Constant;

/**
 * Physical constants of §9, CODATA 2018 recommended values (Tiesinga et al., Rev. Mod. Phys.
 * 93, 025010, 2021). Since the 2019 SI redefinition {@code e}, {@code kB} and {@code hbar} are
 * exact; {@code mu0} is measured again and is no longer 4π·1e-7.
 */
public final class Constants {
    private Constants() {}

    @Constant(dim = "H/m", doc = "Vacuum magnetic permeability, CODATA 2018.")
    public static final double mu0 = 1.25663706212e-6;

    @Constant(dim = "J/K", doc = "Boltzmann constant (exact in the SI since 2019).")
    public static final double kB = 1.380649e-23;

    @Constant(dim = "C", doc = "Elementary charge (exact in the SI since 2019).")
    public static final double e = 1.602176634e-19;

    @Constant(dim = "J*s", doc = "Reduced Planck constant h/(2π), CODATA 2018.")
    public static final double hbar = 1.054571817e-34;

    @Constant(dim = "rad/s/T", doc = "Electron gyromagnetic ratio |γe|, CODATA 2018: 1.76085963023e11 rad/(s·T).")
    public static final double gamma = 1.76085963023e11;

    @Constant(dim = "J/T", doc = "Bohr magneton, CODATA 2018.")
    public static final double muB = 9.2740100783e-24;

    @Constant(doc = "The ratio of a circle's circumference to its diameter.")
    public static final double pi = Math.PI;

    @Constant(dim = "F/m", doc = "Vacuum electric permittivity, CODATA 2018.")
    public static final double eps0 = 8.8541878128e-12;
}
