package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.AccuracyRecorder;
import org.metaspin.runtime.learn.train.TrainBuiltins;

class NetworkTest {
    private static Optimizer adam() { return OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8); }

    @Test
    void bnnLearnsDigits() {
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Network net = NetworkBuiltins.mlp(64, new long[] {512, 512}, 10, true, "batch", 1, null);
        TrainBuiltins.train(net, digits, adam(), 20, 100);
        double acc = TrainBuiltins.accuracy(net, digits);
        assertTrue(acc >= 0.95, "BNN 64-512-512-10 on digits: " + acc);
    }

    @Test
    void realMlpLearnsBreastCancer() {
        Task bc = TaskBuiltins.sequence(DataBuiltins.breast_cancer())[0];
        Network net = NetworkBuiltins.mlp(30, new long[] {64}, 2, false, "batch", 1, null);
        TrainBuiltins.train(net, bc, adam(), 10, 32);
        double acc = TrainBuiltins.accuracy(net, bc);
        assertTrue(acc >= 0.94, "real MLP on breast_cancer: " + acc);
    }

    @Test
    void noNormNetworkWithBiasLearns() {
        Task bc = TaskBuiltins.sequence(DataBuiltins.breast_cancer())[0];
        Network net = NetworkBuiltins.mlp(30, new long[] {32}, 2, false, "none", 1, null);
        TrainBuiltins.train(net, bc, OptimizerBuiltins.sgd(0.05), 20, 16);
        assertTrue(TrainBuiltins.accuracy(net, bc) >= 0.9);
    }

    @Test
    void mismatchedInputsAreR0005BeforeTraining() {
        Task bc = TaskBuiltins.sequence(DataBuiltins.breast_cancer())[0];
        Network net = NetworkBuiltins.mlp(64, new long[] {16}, 10, true, "batch", 1, null);
        float[] before = net.layer(0).w.clone();
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> TrainBuiltins.train(net, bc, adam(), 1, 10));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("30 inputs"), f.getMessage());
        assertArrayEquals(before, net.layer(0).w, 0f);
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Network small = NetworkBuiltins.mlp(64, new long[0], 5, true, "batch", 1, null);
        assertEquals(RuntimeFailure.Code.R0005, assertThrows(RuntimeFailure.class, () -> TrainBuiltins.accuracy(small, digits)).code());
    }

    @Test
    void nanInTrainingIsR0003NamingLayerAndStep() {
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Network net = NetworkBuiltins.mlp(64, new long[] {32}, 10, true, "batch", 1, null);
        Optimizer poisoned = OptimizerBuiltins.metaplastic(0.005, 1, (m, w) -> Double.NaN);
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> TrainBuiltins.train(net, digits, poisoned, 3, 100));
        assertEquals(RuntimeFailure.Code.R0003, f.code());
        assertTrue(f.getMessage().contains("layer 1") && f.getMessage().contains("step 1"), f.getMessage());
    }

    @Test
    void copyIsIndependent() {
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Network net = NetworkBuiltins.mlp(64, new long[] {32}, 10, true, "batch", 1, null);
        Network c = NetworkBuiltins.copy(net);
        TrainBuiltins.train(net, digits, adam(), 1, 100);
        assertFalse(java.util.Arrays.equals(net.layer(0).w, c.layer(0).w));
        assertNotEquals(net, c);
    }

    @Test
    void networkDeclarationBuildsTheSameNetworkAsMlp() {
        Network declared = Network.create(Props.of("network N").with("inputs", 64L).with("outputs", 10L)
                .with("hidden", (Object) new long[] {20}));
        Network built = NetworkBuiltins.mlp(64, new long[] {20}, 10, true, "batch", 1, null);
        assertArrayEquals(built.layer(0).w, declared.layer(0).w, 0f);
        assertEquals(1, declared.seed());
        assertEquals(RuntimeFailure.Code.R0005, assertThrows(RuntimeFailure.class,
                () -> Network.create(Props.of("network M").with("inputs", 64L).with("outputs", 10L).with("norm", "layer"))).code());
    }

    @Test
    void neurogenesisGrowsWhileLossIsHigh() {
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Network net = NetworkBuiltins.mlp(64, new long[] {0 + 1, 1}, 10, true, "batch", 1,
                NetworkBuiltins.neurogenesis(8, 8, 32, 0.5));
        assertArrayEquals(new long[] {8, 8}, net.hidden());
        TrainBuiltins.train(net, digits, OptimizerBuiltins.si(0.1, 0.1, 0.005), 6, 100);
        long[] h = net.hidden();
        assertTrue(h[0] > 8 && h[0] <= 32 && h[0] == h[1], java.util.Arrays.toString(h));
        TrainBuiltins.train(net, digits, OptimizerBuiltins.ewc(100, adam()), 2, 100);
        assertTrue(TrainBuiltins.accuracy(net, digits) > 0.5);
    }

    @Test
    void evaluateReportsRowsToTheRecorder() {
        Task[] tasks = TaskBuiltins.permuted(DataBuiltins.digits(), 2, 1);
        Network net = NetworkBuiltins.mlp(64, new long[] {32}, 10, true, "batch", 1, null);
        List<double[]> rows = new ArrayList<>();
        AccuracyRecorder prev = AccuracyRecorder.install((n, t, row) -> rows.add(row));
        try {
            double[] r = TrainBuiltins.evaluate(net, tasks);
            assertEquals(1, rows.size());
            assertArrayEquals(r, rows.get(0), 0);
        } finally {
            AccuracyRecorder.install(prev);
        }
        TrainBuiltins.evaluate(net, tasks);
        assertEquals(1, rows.size());
    }
}
