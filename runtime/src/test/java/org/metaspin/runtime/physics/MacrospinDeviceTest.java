package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;

/** The macrospin model through the device builtins: polarity, thresholds, reproducibility, errors. */
class MacrospinDeviceTest {
    /**
     * Thin Pt/CoFeB/MgO disk at 300 K with a low barrier (40 nm, Ks lowered) so that 1000 trials show
     * thermal spread; eta = 1, so that critical_current is Lee's macrospin threshold.
     */
    private static Device device(double temperature, Model model) {
        Material cofeb = Fixture.material("CoFeB", "Ms", 1.1e6, "alpha", 0.05);
        Stack s = Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9), Layers.layer(cofeb, 1.1e-9),
                Layers.layer(Fixture.MGO, 2e-9)), "free", cofeb, "Ks", 0.9e-3);
        // Nd = 0.8823 for 40 nm x 1.1 nm: Keff = 0.9e-3 / 1.1e-9 - 0.8823 * 760 265 = 147 366 J/m^3, Delta ~ 13
        return Fixture.device("Spin", "stack", s, "shape", Shape.disk(40e-9), "T", temperature, "model", model,
                "eta", 1.0);
    }

    /**
     * The write field: 0.4 mu0 Hk. Above |bDL| = Bx the current holds m near the plane (no fixed
     * point near -z) and an abrupt pulse end may ring back, so deterministic writes need
     * Bx > mu0 Hk / (2 + sqrt 2) ~ 0.29 mu0 Hk, where Lee's threshold lies below Bx.
     */
    private static double field(Device d) {
        return 0.4 * Constants.mu0 * d.Hk();
    }

    @Test
    void zeroTemperatureSwitchingFollowsThePolarityAndTheThreshold() {
        Device d = device(0, Models.macrospin(1e-12, 1, 5e-9));
        double b = field(d);
        double ic = Switching.critical_current(d, b, 0);
        // thetaSH > 0, B > 0: a negative current switches +z (MacrospinEngine's convention)
        assertEquals(1.0, Switching.switching_probability(d, -1.3 * ic, 10e-9, b, 0));
        assertEquals(0.0, Switching.switching_probability(d, 1.3 * ic, 10e-9, b, 0));
        assertEquals(1.0, Switching.switching_probability(d, 1.3 * ic, 10e-9, -b, 0));
        // well below the threshold nothing switches (between ~0.5 Ic and Ic the abrupt onset's
        // precessional overshoot can already switch this low-damping magnet: alpha = 0.05)
        assertEquals(0.0, Switching.switching_probability(d, -0.2 * ic, 10e-9, b, 0));
        assertEquals(0.0, Switching.switching_probability(d, 0, 10e-9, b, 0));
    }

    @Test
    void thermalTrialsDoNotDependOnTheThreadCount() throws Exception {
        Device d = device(300, Models.macrospin(1e-12, 200, 1e-9));
        double ic = Switching.critical_current(d, field(d), 0);
        Macrospin.Setup s = Macrospin.setup(d, (Model.Macrospin) d.model(), -0.5 * ic, 2e-9, field(d), 1e-9, 0, true);
        long one = new ForkJoinPool(1).submit(() -> Macrospin.countSwitched(d, s, 200, 42)).get();
        long two = new ForkJoinPool(2).submit(() -> Macrospin.countSwitched(d, s, 200, 42)).get();
        assertEquals(one, two);
        assertTrue(one > 0 && one < 200, "near the threshold some trials switch and some do not: " + one);
        long otherSeed = new ForkJoinPool(2).submit(() -> Macrospin.countSwitched(d, s, 200, 43)).get();
        assertTrue(otherSeed != one || Macrospin.countSwitched(d, s, 200, 44) != one, "the seed must matter");
    }

    @Test
    void theRunSeedDecidesTheNoise() throws Exception {
        Device d = device(300, Models.macrospin(1e-12, 100, 1e-9));
        double ic = Switching.critical_current(d, field(d), 0);
        double first = Switching.switching_probability(d, -0.5 * ic, 2e-9, field(d), 0);
        assertEquals(first, Switching.switching_probability(d, -0.5 * ic, 2e-9, field(d), 0));
        long before = PhysicsSeed.get();
        try {
            double[] others = new double[3];
            for (int s = 0; s < 3; s++) {
                PhysicsSeed.set(100 + s);
                others[s] = Switching.switching_probability(d, -0.5 * ic, 2e-9, field(d), 0);
            }
            assertTrue(others[0] != first || others[1] != first || others[2] != first, "another seed, other trials");
            // a thread started by the run inherits its seed
            PhysicsSeed.set(100);
            double[] inThread = new double[1];
            Thread t = new Thread(() -> inThread[0] = Switching.switching_probability(d, -0.5 * ic, 2e-9, field(d), 0));
            t.start();
            t.join();
            assertEquals(others[0], inThread[0]);
        } finally {
            PhysicsSeed.set(before);
        }
    }

    @Test
    void probabilityRisesThroughTheThreshold() {
        Device d = device(300, Models.macrospin(1e-12, 200, 1e-9));
        double ic = Switching.critical_current(d, field(d), 0);
        double low = Switching.switching_probability(d, -0.3 * ic, 2e-9, field(d), 0);
        double high = Switching.switching_probability(d, -1.5 * ic, 2e-9, field(d), 0);
        System.out.printf("macrospin at 300 K, 2 ns: P(0.3 Ic) = %.3f, P(1.5 Ic) = %.3f%n", low, high);
        // the field alone lowers the barrier to Delta (1 - 0.4)^2 = 10: some thermal switching
        assertTrue(low < 0.3, "0.3 Ic: " + low);
        assertTrue(high > 0.9, "1.5 Ic: " + high);
    }

    @Test
    void simulateReturnsEveryStep() {
        Device d = device(300, Models.macrospin(1e-12, 10, 1e-9));
        double[] trace = Macrospin.simulate(d, -1e-3, 0.5e-9, 0.05, 0.2e-9, 0);
        assertEquals(500 + 200 + 1, trace.length);
        assertEquals(1.0, trace[0]);
        for (double x : trace) assertTrue(Math.abs(x) <= 1 + 1e-12);
        assertArrayEquals(trace, Macrospin.simulate(d, -1e-3, 0.5e-9, 0.05, 0.2e-9, 0));
        // a compact device is simulated with macrospin()'s defaults (dt = 1 ps)
        assertEquals(1001, Macrospin.simulate(Fixture.synapse(), 0, 1e-9, 0, 0, 0).length);
    }

    @Test
    void divergenceIsR0003AndMissingDampingIsR0005() {
        // a current whose torque field overflows to infinity makes the trajectory NaN
        Device d0 = device(300, Models.macrospin(1e-12, 1, 0));
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> Macrospin.simulate(d0, 1e300, 1e-11, 0, 0, 0));
        assertEquals(RuntimeFailure.Code.R0003, f.code());
        Device noAlpha = Fixture.synapse("model", Models.macrospin(1e-12, 1, 0));
        Material cofeb = Fixture.material("CoFeB", "Ms", 1.1e6);
        Device d = Fixture.device("Synapse", "stack", Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 5e-9),
                Layers.layer(cofeb, 1.1e-9)), "free", cofeb, "Ks", 1.3e-3), "shape", Shape.disk(80e-9), "model", noAlpha.model());
        f = assertThrows(RuntimeFailure.class, () -> Switching.switching_probability(d, 0, 1e-9, 0, 0));
        assertEquals("device Synapse: the free material CoFeB has no `alpha`", f.getMessage());
    }
}
