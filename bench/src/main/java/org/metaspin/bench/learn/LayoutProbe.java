package org.metaspin.bench.learn;

import java.util.Locale;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.TrainBuiltins;

/**
 * The digits BNN 64-512-512-10 (metaplastic, batch 100) trained again and again in one JVM,
 * printing samples/s per train call, to show whether steady-state training speed changes
 * within a process (bench/README.md, "Steady-state training is bimodal"). By default every
 * call trains a fresh network, so fresh activation buffers; with {@code same} one network (and
 * its buffers) is trained on, so a change of speed cannot come from new allocations. The first
 * two calls warm the JIT and are not printed. Usage: {@code java -cp benchmarks.jar
 * org.metaspin.bench.learn.LayoutProbe [CALLS] [EPOCHS] [THREADS] [fresh|same]}.
 */
public final class LayoutProbe {
    private LayoutProbe() {}

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        WorkerPool.setThreads(args.length > 2 ? Integer.parseInt(args[2]) : 2);
        boolean same = args.length > 3 && args[3].equals("same");
        Task digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        Optimizer meta = OptimizerBuiltins.metaplastic(0.005, 1.35, null);
        StringBuilder out = new StringBuilder(same ? "samples/s per call, one network:" : "samples/s per fresh network:");
        Network net = null;
        for (int r = 0; r < calls; r++) {
            if (net == null || !same) net = NetworkBuiltins.mlp(64, new long[] {512, 512}, 10, true, "batch", 1, null);
            long t0 = System.nanoTime();
            TrainBuiltins.train(net, digits, meta, epochs, 100);
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= 2) out.append(String.format(Locale.ROOT, " %.0f", epochs * digits.trainSamples().n / s));
        }
        System.out.println(out);
    }
}
