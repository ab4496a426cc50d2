package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.TestAccuracy;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.optim.Optimizer;

/** train, accuracy and evaluate (§10.4). */
public final class TrainBuiltins {
    private TrainBuiltins() {}

    @Builtin(doc = "Trains the network in place on the task's training set: `epochs` passes in a shuffled order keyed "
            + "by the network's seed, mini-batches of `batch` samples. Each call is one task for the optimizers' "
            + "consolidation (EWC, SI). A task whose inputs or classes do not fit the network is R0005; NaN is R0003.")
    public static void train(@Param(name = "net") Network net, @Param(name = "task") Task task,
                             @Param(name = "optimizer") Optimizer optimizer, @Param(name = "epochs", def = "1", check = ">= 0") long epochs,
                             @Param(name = "batch", def = "100", check = ">= 1") long batch) {
        Trainer.train(net, task, optimizer, epochs, batch);
    }

    @Builtin(doc = "Test accuracy of the network on the task, in [0, 1]. Batch norm uses the statistics of the whole test "
            + "set; a MESU network averages the outputs of its sampled networks.")
    public static double accuracy(@Param(name = "net") Network net, @Param(name = "task") Task task) {
        Trainer.check(net, task, "accuracy");
        return TestAccuracy.accuracy(net, task.testSamples(), WorkerPool.shared());
    }

    @Builtin(doc = "Test accuracies on all tasks; inside a protocol, also the next row of the accuracy matrix R.")
    public static double[] evaluate(@Param(name = "net") Network net, @Param(name = "tasks") Task[] tasks) {
        double[] row = new double[tasks.length];
        for (Task t : tasks) Trainer.check(net, t, "evaluate");
        for (int i = 0; i < tasks.length; i++) row[i] = TestAccuracy.accuracy(net, tasks[i].testSamples(), WorkerPool.shared());
        AccuracyRecorder r = AccuracyRecorder.current();
        if (r != null) r.row(net, tasks.clone(), row.clone());
        return row;
    }
}
