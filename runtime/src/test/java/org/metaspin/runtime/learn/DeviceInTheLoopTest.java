package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.DeviceBuiltins;
import org.metaspin.runtime.learn.net.DeviceStats;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.Metrics;
import org.metaspin.runtime.learn.train.TrainBuiltins;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Energy;
import org.metaspin.runtime.physics.GateKinetics;
import org.metaspin.runtime.physics.PhysicsSeed;
import org.metaspin.runtime.physics.Switching;
import org.metaspin.runtime.physics.SynapseArray;

/** §10.3: networks whose weights are devices, learning only through write pulses and gate operations. */
class DeviceInTheLoopTest {
    private static final Task[] PERMUTED = TaskBuiltins.permuted(DataBuiltins.digits(), 3, 1);

    private static Network binaryNet(SynapseArray a, int hidden, long seed) {
        return NetworkBuiltins.mlpOnDevices(64, hidden == 0 ? new long[0] : new long[] {hidden}, 10, true, "batch", a, seed);
    }

    private static double[][] sequence(Network net, int epochs) {
        double[][] r = new double[PERMUTED.length][];
        for (int i = 0; i < PERMUTED.length; i++) {
            TrainBuiltins.train(net, PERMUTED[i], OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8), epochs, 100);
            r[i] = TrainBuiltins.evaluate(net, PERMUTED);
        }
        return r;
    }

    /**
     * Metaplasticity from physics alone: the same network on the same devices, with and without
     * the gate's anisotropy swing (BNN 64-256-10, adam, 3 epochs per task, 3 permuted-digits
     * tasks). Measured: seed 1 BWT -0.660 gated vs -0.826 ungated (+0.166), seed 2 -0.631 vs
     * -0.824 (+0.193); both learn each task to ~0.92. Asserted: +0.1 for each seed.
     */
    @Test
    void gatedDevicesForgetLessThanUngatedOnes() {
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 2; seed++) {
            double[][] gated = sequence(binaryNet(DeviceFixture.array(DeviceFixture.synapse(0.05e-3)), 256, seed), 3);
            double[][] ungated = sequence(binaryNet(DeviceFixture.array(DeviceFixture.synapse(0)), 256, seed), 3);
            log.append(String.format("seed %d: gated R00 %.3f acc %.3f bwt %.3f; ungated R00 %.3f acc %.3f bwt %.3f%n", seed,
                    gated[0][0], Metrics.acc(gated), Metrics.bwt(gated), ungated[0][0], Metrics.acc(ungated), Metrics.bwt(ungated)));
            assertTrue(gated[0][0] > 0.8 && ungated[0][0] > 0.8, "both learn a task\n" + log);
            assertTrue(Metrics.bwt(gated) > Metrics.bwt(ungated) + MARGIN, log.toString());
        }
        System.out.print(log);
    }

    private static final double MARGIN = 0.1;

    /**
     * Energy by hand for a network of one layer (64 x 10 devices) after one step on all 1437
     * training samples: every write pulse costs I^2 R t with R = rho L / (w t_Pt) of the Pt
     * channel (80 nm square, 5 nm thick, 20 uOhm cm: R = 40 Ohm, so 1.9 mA for 10 ns is 1.444 pJ),
     * every gate operation C V^2 (C = eps0 * 25 * pi (40 nm)^2 / 3 nm = 0.371 fF: 1.484 fJ at 2 V)
     * plus qIon A |V| |dh| (5.8 C/m^2 * 5.027e-15 m^2 * 2 V = 5.83e-14 J per unit of h). Within one
     * step a weight's gate operations all go one way, so the |dh| of the step sum to |h' - h|.
     */
    @Test
    void energyIsTheCountedOperationsTimesTheirEnergies() {
        SynapseArray a = DeviceFixture.array(DeviceFixture.synapse(0.05e-3), "quantum", 1e-4);
        Network net = NetworkBuiltins.mlpOnDevices(64, new long[0], 10, true, "batch", a, 3);
        double[] h0 = DeviceBuiltins.hidden(net, 0);
        TrainBuiltins.train(net, PERMUTED[0], OptimizerBuiltins.sgd(0.01), 1, 2000);
        DeviceStats s = DeviceBuiltins.device_stats(net);
        double[] h1 = DeviceBuiltins.hidden(net, 0);
        double dh = 0;
        for (int i = 0; i < h0.length; i++) dh += Math.abs(h1[i] - h0[i]);
        double r = 20e-8 * 80e-9 / (80e-9 * 5e-9);
        double write = 1.9e-3 * 1.9e-3 * r * 10e-9;
        double c = 8.8541878128e-12 * 25 * Math.PI * 40e-9 * 40e-9 / 3e-9;
        double gate = c * 2 * 2;
        double perH = 5.8 * Math.PI * 40e-9 * 40e-9 * 2;
        assertEquals(1.444e-12, write, 1e-15);
        assertEquals(write, Energy.write_energy(a.device(), 1.9e-3, 10e-9), 1e-24, "the builtin agrees with the hand value");
        // measured: 168 writes, 33 flips, 301 gate operations (135 after failed writes, 166 consolidations), sum |dh| = 8.07
        assertTrue(s.writes() > 50 && s.flips() > 0 && s.gates() > s.writes() - s.flips() && dh > 0, s.toString());
        assertEquals(s.writes() * write, s.writeEnergy(), 1e-9 * s.writeEnergy());
        assertEquals(s.gates() * gate + perH * dh, s.gateEnergy(), 1e-9 * s.gateEnergy());
        assertEquals(s.writeEnergy() + s.gateEnergy(), DeviceBuiltins.energy(net), 1e-24);
    }

    /**
     * The same devices the program sees as A[k]: weight (i, j) of layer 0 sits on device
     * i * cols + j of tile 0 (64 x 64 tiles, 64 inputs), and its switching probability in the
     * kernel is the device's own. With 10 % spread on the diameter, the gate swing, its time
     * constant and the channel's resistivity, devices differ as drawn, and the network still
     * learns one digits task. (10 % on Ks would turn some devices in-plane: Ks / tFree is 3.5
     * times Keff, which is R0005 before training.)
     */
    @Test
    void variabilityDrawsOwnDevicesAndTheNetworkStillLearns() {
        SynapseArray spread = DeviceFixture.array(DeviceFixture.synapse(0.05e-3), "variability",
                DeviceFixture.variability("diameter", 0.10, "dKs", 0.10, "tau", 0.10, "rho", 0.10));
        long run = PhysicsSeed.get();
        Network net = binaryNet(spread, 128, 1);
        var kernel = net.devices().kernel();
        double[] p = new double[5];
        for (int k = 0; k < p.length; k++) {
            int i = 3 + k, j = 7;
            Device d = spread.instance(run, (long) i * 64 + j);
            p[k] = Switching.switching_probability(d, 1.9e-3, 10e-9, 5e-3, 0);
            assertEquals(p[k], kernel.probability(i * 128 + j, 0), 1e-12 * p[k], "weight (" + i + ", " + j + ")");
        }
        assertNotEquals(p[0], p[1]);
        assertNotEquals(spread.instance(run, 0).shape().area(), spread.instance(run, 1).shape().area());
        for (SynapseArray a : new SynapseArray[] {DeviceFixture.array(DeviceFixture.synapse(0.05e-3)), spread}) {
            Network n = a == spread ? net : binaryNet(a, 128, 1);
            TrainBuiltins.train(n, PERMUTED[0], OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8), 3, 100);
            double acc = TrainBuiltins.accuracy(n, PERMUTED[0]);
            // measured: 0 % 0.92, 10 % 0.91
            assertTrue(acc > 0.8, (a == spread ? "10 %" : "0 %") + ": " + acc);
        }
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        SynapseArray a = DeviceFixture.array(DeviceFixture.synapse(0.05e-3), "readNoise", 0.3);
        double[][] w = new double[2][];
        double[][] h = new double[2][];
        DeviceStats[] s = new DeviceStats[2];
        int before = WorkerPool.shared().threads();
        try {
            for (int t = 1; t <= 2; t++) {
                WorkerPool.setThreads(t);
                Network net = binaryNet(a, 256, 4);
                TrainBuiltins.train(net, PERMUTED[0], OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8), 1, 100);
                w[t - 1] = DeviceBuiltins.weights(net, 1);
                h[t - 1] = DeviceBuiltins.hidden(net, 0);
                s[t - 1] = DeviceBuiltins.device_stats(net);
            }
        } finally {
            WorkerPool.setThreads(before);
        }
        assertArrayEquals(w[0], w[1]);
        assertArrayEquals(h[0], h[1]);
        assertEquals(s[0], s[1]);
    }

    /**
     * A real-valued network on analog devices learns breast_cancer; measured 0.95 test accuracy
     * after 10 epochs.
     */
    @Test
    void analogNetworkLearnsBreastCancer() {
        Task t = TaskBuiltins.sequence(new org.metaspin.runtime.learn.data.Dataset[] {DataBuiltins.breast_cancer()})[0];
        SynapseArray a = DeviceFixture.array(DeviceFixture.analog());
        Network net = NetworkBuiltins.mlpOnDevices(30, new long[] {16}, 2, false, "batch", a, 1);
        TrainBuiltins.train(net, t, OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8), 10, 50);
        double acc = TrainBuiltins.accuracy(net, t);
        assertTrue(acc > 0.9, "accuracy " + acc);
        DeviceStats s = DeviceBuiltins.device_stats(net);
        assertTrue(s.gates() > 0 && s.writes() == 0 && s.gateEnergy() > 0, s.toString());
    }

    /**
     * §9.5: one pulse moves w by (wmax - w)(1 - exp(-1 / tauUp(B))); with tau = 40 / (1 + |B| / 20 mT)
     * a field of 20 mT halves tau, so the first step from the same weights is about twice as large.
     */
    @Test
    void aStrongerFieldMakesLargerAnalogSteps() {
        Task t = TaskBuiltins.sequence(new org.metaspin.runtime.learn.data.Dataset[] {DataBuiltins.breast_cancer()})[0];
        double[] moved = new double[2];
        double[] fields = {0, 20e-3};
        for (int f = 0; f < 2; f++) {
            SynapseArray a = DeviceFixture.array(DeviceFixture.analog(), "field", fields[f]);
            var k = NetworkBuiltins.mlpOnDevices(30, new long[0], 2, false, "batch", a, 1).devices().kernel();
            double tau = 40 / (1 + fields[f] / 0.02);
            assertEquals(1 - (1 - 0.2) * Math.exp(-1 / tau), k.analogStep(0.2, 1), 1e-12);
            assertEquals(-1 + (0.2 + 1) * Math.exp(-3 / tau), k.analogStep(0.2, -3), 1e-12);
            Network net = NetworkBuiltins.mlpOnDevices(30, new long[0], 2, false, "batch", a, 1);
            double[] w0 = DeviceBuiltins.weights(net, 0);
            TrainBuiltins.train(net, t, OptimizerBuiltins.sgd(0.005), 1, 1000);
            double[] w1 = DeviceBuiltins.weights(net, 0);
            for (int i = 0; i < w0.length; i++) moved[f] += Math.abs(w1[i] - w0[i]);
        }
        double ratio = moved[1] / moved[0];
        assertTrue(ratio > 1.6 && ratio < 2.4, "step ratio 20 mT / 0 mT = " + ratio);
    }

    @Test
    void gateOperationsFollowTheKinetics() {
        Device d = DeviceFixture.synapse(0.05e-3);
        SynapseArray a = DeviceFixture.array(d);
        var k = binaryNet(a, 0, 1).devices().kernel();
        assertEquals(GateKinetics.gate(d, 0.3, 2, 0.5e-3), k.consolidate(0, 0.3, 1), 1e-12);
        assertEquals(GateKinetics.gate(d, 0.3, 2, 1.5e-3), k.consolidate(0, 0.3, 3), 1e-12);
        assertEquals(GateKinetics.gate(d, 0.3, -2, 0.5e-3), k.deconsolidate(0, 0.3), 1e-12);
        assertEquals(Switching.switching_probability(d, 1.9e-3, 10e-9, 5e-3, 0.4), k.probability(0, 0.4), 1e-12);
    }
}
