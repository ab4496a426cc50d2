package org.metaspin.runtime.physics;

import static org.metaspin.runtime.physics.Constants.e;
import static org.metaspin.runtime.physics.Constants.gamma;
import static org.metaspin.runtime.physics.Constants.hbar;
import static org.metaspin.runtime.physics.Constants.kB;
import static org.metaspin.runtime.physics.Constants.mu0;

import java.util.stream.IntStream;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.random.RandomStream;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * The macrospin model on a device (§9.3). Trial k of a device draws from
 * {@code RandomStream.of(seed, device key, k)}: a probability depends on the seed, never on
 * the number of threads, and every call with the same arguments sees the same noise, so a
 * sweep over currents is a smooth curve (common random numbers). {@code simulate} shows
 * trial 0. Sign convention: see {@link MacrospinEngine}; a magnet at +z switches when
 * {@code thetaSH * current * field < 0}.
 */
public final class Macrospin {
    private Macrospin() {}

    private static final Model.Macrospin DEFAULTS = new Model.Macrospin(1e-12, 1000, 5e-9);

    /** Everything one call needs, computed once from the device. */
    record Setup(MacrospinEngine engine, long pulseSteps, long relaxSteps, double bdl, double bfl) {}

    static Setup setup(Device d, Model.Macrospin m, double current, double pulse, double field, double relax, double h,
                       boolean perpendicular) {
        double keff = d.keffSeen(d.hSeen(h));
        if (perpendicular) d.requirePerpendicular("switching_probability", keff);
        DeviceParams p = d.params();
        double alpha = d.alpha();
        double msT = p.msAt();
        double bk = mu0 * Anisotropy.hk(keff, msT);
        double sigma = Math.sqrt(2 * alpha * kB * p.temperature / (gamma * msT * p.activationVolume() * m.dt));
        double bdl = 0;
        if (current != 0) {
            double j = current / (p.wCh * d.tChannel());
            bdl = hbar * d.thetaSH() * j / (2 * e * msT * p.tFree);
        }
        long pulseSteps = steps(d, pulse, m.dt);
        long relaxSteps = steps(d, relax, m.dt);
        return new Setup(new MacrospinEngine(gamma, alpha, bk, field, sigma, m.dt), pulseSteps, relaxSteps, bdl, p.xiFL * bdl);
    }

    private static long steps(Device d, double time, double dt) {
        double n = Math.rint(time / dt);
        if (n > 1e15) {
            throw RuntimeFailure.invalid(d.describe() + ": " + QuantityFormat.format(time, Dimension.TIME) + " is " + QuantityFormat.formatReal(n)
                    + " macrospin steps of " + QuantityFormat.format(dt, Dimension.TIME) + "; too many");
        }
        return (long) n;
    }

    static double switchingProbability(Device d, Model.Macrospin m, double current, double pulse, double field, double h) {
        Setup s = setup(d, m, current, pulse, field, m.relax, h, true);
        long switched = countSwitched(d, s, (int) m.trials, PhysicsSeed.get());
        return switched / (double) m.trials;
    }

    /** Runs the trials on the current ForkJoin pool (the common one unless called inside another). */
    static long countSwitched(Device d, Setup s, int trials, long seed) {
        long key = d.randomKey();
        return IntStream.range(0, trials).parallel().filter(k -> endsDown(d, s, RandomStream.of(seed, key, k))).count();
    }

    private static boolean endsDown(Device d, Setup s, RandomStream rs) {
        double[] m = {0, 0, 1};
        s.engine().run(m, s.pulseSteps(), s.bdl(), s.bfl(), rs, null, 0);
        s.engine().run(m, s.relaxSteps(), 0, 0, rs, null, 0);
        if (!Double.isFinite(m[2])) throw diverged(d, s);
        return m[2] < 0;
    }

    private static RuntimeFailure diverged(Device d, Setup s) {
        return RuntimeFailure.notFinite(d.describe() + ": the macrospin trajectory became " + "NaN or infinite (dt = "
                + s.engine().dt + " s; try a smaller dt)");
    }

    @Builtin(name = "simulate",
            doc = "m_z at every macrospin step of one trajectory from m = +z: the current flows for `pulse`, then the magnet relaxes for `relax` with the field on; round(pulse/dt) + round(relax/dt) + 1 values. Uses the device's macrospin(…) settings, or macrospin()'s defaults for another model.")
    public static double[] simulate(@Param(name = "device") Device device,
                                    @Param(name = "current", dim = "A", check = "finite") double current,
                                    @Param(name = "pulse", dim = "s", check = ">= 0 and finite") double pulse,
                                    @Param(name = "field", dim = "T", def = "0 T", check = "finite") double field,
                                    @Param(name = "relax", dim = "s", def = "0 s", check = ">= 0 and finite") double relax,
                                    @Param(name = "h", def = "0", check = "[0, 1]") double h) {
        String who = device.describe();
        Model.Macrospin m = device.model() instanceof Model.Macrospin ms ? ms : DEFAULTS;
        Setup s = setup(device, m, current, pulse, field, relax, h, false);
        long n = s.pulseSteps() + s.relaxSteps() + 1;
        if (n > Integer.MAX_VALUE - 8) throw RuntimeFailure.invalid(who + ": simulate would return " + n + " values; too many");
        double[] trace = new double[(int) n];
        trace[0] = 1;
        double[] mv = {0, 0, 1};
        RandomStream rs = RandomStream.of(PhysicsSeed.get(), device.randomKey(), 0);
        s.engine().run(mv, s.pulseSteps(), s.bdl(), s.bfl(), rs, trace, 1);
        s.engine().run(mv, s.relaxSteps(), 0, 0, rs, trace, 1 + (int) s.pulseSteps());
        if (!Double.isFinite(mv[2])) throw diverged(device, s);
        return trace;
    }
}
