package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.Props;

/** Per-device draws of an array (§8.5), and the compact kernel that uses them. */
class VariabilityTest {
    private static SynapseArray array(long rows, long cols, Object... spread) {
        return array(Fixture.synapse("T", 900.0, "tau0", 1e-9, "gate", Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0)), rows, cols, spread);
    }

    private static SynapseArray array(Device d, long rows, long cols, Object... spread) {
        Variability v = Variability.create(Fixture.props("variability", spread));
        return SynapseArray.create(Fixture.props("array Tile", "device", d, "rows", rows, "cols", cols, "variability", v));
    }

    @Test
    void instancesAreReproducibleAndDistinct() {
        SynapseArray a = array(10, 10, "Ms", 0.05, "Ks", 0.03, "diameter", 0.02);
        Device d3 = a.instance(1, 3);
        assertEquals(d3.Delta(), a.instance(1, 3).Delta());
        assertNotEquals(d3.Delta(), a.instance(1, 4).Delta());
        assertNotEquals(d3.Delta(), a.instance(2, 3).Delta());
        assertEquals("device Synapse[3]", d3.describe());
        assertNotEquals(a.device().shape().area(), d3.shape().area());
    }

    @Test
    void drawsHaveTheGivenSpreadAndStayPositive() {
        // 40 % spread: a plain Gaussian would go negative in 0.6 % of draws; the truncated one never does.
        SynapseArray a = array(100, 100, "Ms", 0.4, "tau0", 0.02);
        Variation v = a.variation();
        double sum = 0, sq = 0, min = Double.MAX_VALUE;
        int n = a.size();
        for (int i = 0; i < n; i++) {
            double ms = a.instanceParams(5, i).ms / 1.1e6;
            sum += ms;
            sq += ms * ms;
            min = Math.min(min, ms);
            double t0 = v.factors(5, i)[1];
            assertTrue(t0 > 0.85 && t0 < 1.15);
        }
        double mean = sum / n, sd = Math.sqrt(sq / n - mean * mean);
        // truncation at 0 (2.5 sigma) shifts the mean up by ~0.4 * phi(2.5)/(1-Phi(-2.5)) ~ 0.007
        assertEquals(1.007, mean, 0.015);
        assertEquals(0.39, sd, 0.015);
        assertTrue(min > 0);
    }

    @Test
    void kernelParametersEqualTheBuiltDevice() {
        SynapseArray a = array(4, 4, "Ms", 0.05, "Ks", 0.03, "diameter", 0.02, "thetaSH", 0.1, "tFree", 0.02, "dKs", 0.1,
                "tau0", 0.1, "T", 0.01, "channelWidth", 0.05, "alpha", 0.1, "epsR", 0.05, "rho", 0.05);
        for (int i = 0; i < a.size(); i++) {
            double[] built = a.instance(9, i).params().asArray(), flat = a.instanceParams(9, i).asArray();
            for (int k = 0; k < built.length; k++) {
                // the two paths multiply in different orders: equal to the last bits
                assertEquals(built[k], flat[k], Double.isNaN(built[k]) ? 0 : Math.abs(built[k]) * 1e-14, "device " + i + ", field " + k);
            }
        }
    }

    @Test
    void kernelProbabilityEqualsTheBuiltin() {
        SynapseArray a = array(8, 8, "Ms", 0.05, "Ks", 0.03, "diameter", 0.02, "thetaSH", 0.1);
        CompactArrayKernel k = CompactArrayKernel.of(a, 11);
        double b = 0.05;
        double ic = Switching.critical_current(a.device(), b, 0);
        for (int i = 0; i < a.size(); i++) {
            Device d = a.instance(11, i);
            for (double f : new double[] {0, 0.3, 0.7, 0.95, 1.0, 2.5}) {
                for (double h : new double[] {0, 0.5, 1}) {
                    for (double field : new double[] {0, b}) {
                        double expected = Switching.switching_probability(d, -f * ic, 10e-9, field, h);
                        double got = k.probability(i, h, -f * ic, 10e-9, field);
                        assertEquals(expected, got, Math.max(1e-300, expected * 1e-12), "device " + i + " I = " + f + " Ic, h = " + h);
                    }
                }
            }
        }
    }

    @Test
    void decisionsDoNotDependOnTheThreadCount() throws Exception {
        SynapseArray a = array(200, 200, "Ms", 0.05, "Ks", 0.03);
        CompactArrayKernel k = CompactArrayKernel.of(a, 3);
        double[] h = new double[a.size()];
        for (int i = 0; i < h.length; i++) h[i] = (i % 7) / 6.0;
        double ic = Switching.critical_current(a.device(), 0.05, 0);
        boolean[] one = new boolean[h.length], two = new boolean[h.length];
        long n1 = new ForkJoinPool(1).submit(() -> k.decide(h, 0.8 * ic, 10e-9, 0.05, 17, one)).get();
        long n2 = new ForkJoinPool(2).submit(() -> k.decide(h, 0.8 * ic, 10e-9, 0.05, 17, two)).get();
        assertArrayEquals(one, two);
        assertEquals(n1, n2);
        // the frequency of switching matches the mean probability (40 000 Bernoulli draws)
        double pSum = 0;
        for (int i = 0; i < h.length; i++) pSum += k.probability(i, h[i], 0.8 * ic, 10e-9, 0.05);
        assertTrue(pSum > 1000 && pSum < 39000, "mean probability in a testable range: " + pSum / h.length);
        assertEquals(pSum, n1, 4 * Math.sqrt(pSum));
        boolean[] next = new boolean[h.length];
        k.decide(h, 0.8 * ic, 10e-9, 0.05, 18, next);
        assertTrue(!java.util.Arrays.equals(one, next), "another write step draws anew");
    }

    /**
     * {@code decide} settles most draws with a bound on the rate instead of the exact
     * probability; it must decide every device exactly as the exact path ({@code switches}) does:
     * below, at and above the threshold, with and without a field (also beyond the anisotropy
     * field), without a current, without a pulse, with quantized levels, with Brown's attempt time
     * and with the device's own.
     */
    @Test
    void boundedDecisionsEqualTheExactOnes() {
        Gate quantized = Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0, "levels", 4L);
        Gate plain = Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0);
        Device[] devices = {Fixture.synapse("gate", plain), Fixture.synapse("gate", quantized), Fixture.synapse("tau0", 1e-9, "gate", plain)};
        long compared = 0, switched = 0;
        for (Device dev : devices) {
            SynapseArray a = array(dev, 40, 50, "Ms", 0.05, "Ks", 0.05, "diameter", 0.03);
            CompactArrayKernel k = CompactArrayKernel.of(a, 5);
            double[] h = new double[a.size()];
            for (int i = 0; i < h.length; i++) h[i] = (i % 101) / 100.0;
            double ic = Switching.critical_current(dev, 0, 0);
            double bk = Constants.mu0 * dev.Hk();
            boolean[] got = new boolean[h.length];
            for (double f : new double[] {0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.0, 1.01, 1.3}) {
                for (double field : new double[] {0, 0.01, 0.3 * bk, 1.2 * bk}) {
                    for (double pulse : new double[] {0, 1e-9, 10e-9, 1e-6}) {
                        long step = compared;
                        long n = k.decide(h, f * ic, pulse, field, step, got);
                        long exact = 0;
                        for (int i = 0; i < h.length; i++) {
                            boolean s = k.switches(i, h[i], f * ic, pulse, field, step);
                            if (s) exact++;
                            if (s != got[i]) fail("device " + i + " at h = " + h[i] + ", I/Ic = " + f + ", B = " + field + ", pulse = " + pulse);
                        }
                        assertEquals(exact, n);
                        compared += h.length;
                        switched += n;
                    }
                }
            }
        }
        // the operating points cover both outcomes in earnest
        assertTrue(switched > compared / 10 && switched < compared * 9 / 10, switched + " of " + compared);
        // a hidden state outside [0, 1] is rejected as by the exact path, even where no pulse could switch
        SynapseArray a = array(devices[0], 4, 4, "Ms", 0.05);
        CompactArrayKernel k = CompactArrayKernel.of(a, 5);
        double[] h = new double[a.size()];
        h[9] = 1.5;
        for (double pulse : new double[] {0, 10e-9}) {
            CompactModelTest.assertInvalid(() -> k.decide(h, 0, pulse, 0, 0, new boolean[h.length]), "array Tile[9]: the hidden state h = 1.5");
        }
    }

    @Test
    void unknownOrUnsetNamesAreRejected() {
        CompactModelTest.assertInvalid(() -> array(2, 2, "Mss", 0.05), "variability of `Mss`");
        CompactModelTest.assertInvalid(() -> array(2, 2, "Ku", 0.05), "the free material CoFeB has no `Ku`");
        CompactModelTest.assertInvalid(() -> Variability.create(Fixture.props("variability", "Ms", -0.1)), "Ms");
        Props noRows = Fixture.props("array Tile", "device", Fixture.synapse(), "cols", 3L);
        CompactModelTest.assertInvalid(() -> SynapseArray.create(noRows), "rows");
        Props zero = Fixture.props("array Tile", "device", Fixture.synapse(), "rows", 0L, "cols", 3L);
        CompactModelTest.assertInvalid(() -> SynapseArray.create(zero), "rows");
        SynapseArray plain = SynapseArray.create(Fixture.props("array Tile", "device", Fixture.synapse(), "rows", 2L, "cols", 3L));
        assertEquals(6, plain.size());
        assertEquals(plain.device().Delta(), plain.instance(1, 5).Delta());
        assertEquals(0.0, plain.readNoise());
    }
}
