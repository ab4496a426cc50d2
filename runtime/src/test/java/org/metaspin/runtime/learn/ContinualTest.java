package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.Metrics;
import org.metaspin.runtime.learn.train.TrainBuiltins;

/**
 * Forgetting on permuted digits. Fewer epochs and narrower layers than the papers, to
 * stay fast; the effects already show.
 */
class ContinualTest {
    private static final Task[] TASKS = TaskBuiltins.permuted(DataBuiltins.digits(), 5, 1);

    private static double[][] run(int hidden, long seed, Optimizer opt, int epochs) {
        Network net = NetworkBuiltins.mlp(64, new long[] {hidden, hidden}, 10, true, "batch", seed, null);
        double[][] r = new double[TASKS.length][];
        for (int i = 0; i < TASKS.length; i++) {
            TrainBuiltins.train(net, TASKS[i], opt, epochs, 100);
            r[i] = TrainBuiltins.evaluate(net, TASKS);
        }
        return r;
    }

    private static Optimizer adam() { return OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8); }

    @Test
    void metaplasticityReducesForgetting() {
        double gapAcc = 0;
        double gapBwt = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 3; seed++) {
            double[][] plain = run(256, seed, OptimizerBuiltins.metaplastic(0.005, 0, null), 20);
            double[][] meta = run(256, seed, OptimizerBuiltins.metaplastic(0.005, 5, null), 20);
            log.append(String.format("seed %d: m=0 acc %.3f bwt %.3f, m=5 acc %.3f bwt %.3f%n", seed,
                    Metrics.acc(plain), Metrics.bwt(plain), Metrics.acc(meta), Metrics.bwt(meta)));
            assertTrue(Metrics.acc(meta) > Metrics.acc(plain) && Metrics.bwt(meta) > Metrics.bwt(plain), log.toString());
            gapAcc += Metrics.acc(meta) - Metrics.acc(plain);
            gapBwt += Metrics.bwt(meta) - Metrics.bwt(plain);
        }
        assertTrue(gapAcc / 3 > 0.03 && gapBwt / 3 > 0.03, log.toString());
    }

    @Test
    void ewcAndSiForgetLessThanAdam() {
        for (long seed = 1; seed <= 3; seed++) {
            double plain = Metrics.bwt(run(128, seed, adam(), 10));
            double ewc = Metrics.bwt(run(128, seed, OptimizerBuiltins.ewc(5000, adam()), 10));
            double si = Metrics.bwt(run(128, seed, OptimizerBuiltins.si(0.1, 0.1, 0.005), 10));
            String msg = String.format("seed %d: bwt adam %.3f, ewc %.3f, si %.3f", seed, plain, ewc, si);
            assertTrue(ewc > plain + 0.2, msg);
            assertTrue(si > plain + 0.01, msg);
        }
    }

    @Test
    void mesuForgetsLessThanSgd() {
        for (long seed = 1; seed <= 2; seed++) {
            // lr = 1 makes plain SGD learn each task about as well as MESU does, so forgetting compares fairly.
            double[][] sgd = run(128, seed, OptimizerBuiltins.sgd(1), 10);
            double[][] mesu = run(128, seed, OptimizerBuiltins.mesu(1, 3e5, 3), 10);
            String msg = String.format("seed %d: sgd acc %.3f bwt %.3f first %.3f; mesu acc %.3f bwt %.3f first %.3f", seed,
                    Metrics.acc(sgd), Metrics.bwt(sgd), sgd[0][0], Metrics.acc(mesu), Metrics.bwt(mesu), mesu[0][0]);
            assertTrue(mesu[0][0] > 0.8, msg);
            assertTrue(Metrics.bwt(mesu) > Metrics.bwt(sgd) + 0.05 && Metrics.acc(mesu) > Metrics.acc(sgd), msg);
        }
    }
}
