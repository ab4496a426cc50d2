package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A weight's write decision in device-in-the-loop training settles most draws with a bound on
 * the switching rate; it must be {@code u < P} exactly, for draws anywhere and for draws just
 * either side of P.
 */
class SynapseKernelFlipsTest {
    @Test
    void flipsIsExactlyADrawBelowTheProbability() {
        Gate plain = Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0);
        Gate quantized = Fixture.gate("dKs", 2e-4, "tau", 1e-3, "V0", 2.0, "levels", 5L);
        Device[] devices = {Fixture.synapse("gate", plain), Fixture.synapse("gate", quantized), Fixture.synapse("tau0", 1e-9, "gate", plain)};
        SplittableRandom r = new SplittableRandom(8);
        long flips = 0, draws = 0;
        for (Device d : devices) {
            double ic = Switching.critical_current(d, 0, 0);
            double bk = Constants.mu0 * d.Hk();
            for (double f : new double[] {0.5, 0.9, 0.99, 1.0, 1.2}) {
                for (double field : new double[] {0, 0.2 * bk, 1.1 * bk}) {
                    for (double pulse : new double[] {0, 10e-9, 1e-6}) {
                        SynapseArray a = SynapseArray.create(Fixture.props("array Tile", "device", d, "rows", 8L, "cols", 8L,
                                "variability", Variability.create(Fixture.props("variability", "Ms", 0.05, "Ks", 0.05)),
                                "Vgate", 1.0, "current", f * ic, "pulse", pulse, "field", field));
                        SynapseKernel k = SynapseKernel.binary(a, 3, a.size(), g -> g);
                        for (int g = 0; g < a.size(); g++) {
                            for (int j = 0; j <= 20; j++) {
                                double h = j / 20.0;
                                double p = k.probability(g, h);
                                for (double u : new double[] {r.nextDouble(), r.nextDouble() * Math.min(1, 3 * p), p, Math.nextDown(p), Math.nextUp(p)}) {
                                    if (!(u >= 0 && u < 1)) continue;
                                    boolean got = k.flips(g, h, u);
                                    if (got != (u < p)) fail(d + " weight " + g + " at h = " + h + ", I/Ic = " + f + ", B = " + field + ", pulse = " + pulse + ": u = " + u + ", P = " + p);
                                    if (got) flips++;
                                    draws++;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(flips > draws / 10 && flips < draws * 9 / 10, flips + " of " + draws);
    }
}
