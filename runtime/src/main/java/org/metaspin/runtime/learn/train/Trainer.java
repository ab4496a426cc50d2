package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.DeviceStats;
import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.Pass;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.Session;
import org.metaspin.runtime.random.RandomStream;

/** The training loop of {@code train} (§10.4). */
public final class Trainer {
    private static final long KEY_SHUFFLE = 0x53485546L;

    private Trainer() {}

    /** Checks that a task fits a network: R0005 before anything is trained. */
    static void check(Network net, Task task, String fn) {
        if (task.width() != net.inputWidth()) {
            throw RuntimeFailure.invalid(fn + ": task \"" + task.name() + "\" has " + task.width() + " inputs but the network "
                    + net + " takes " + net.inputWidth());
        }
        if (task.classCount() > net.outputWidth()) {
            throw RuntimeFailure.invalid(fn + ": task \"" + task.name() + "\" has " + task.classCount() + " classes but the network "
                    + net + " has " + net.outputWidth() + " outputs");
        }
    }

    public static void train(Network net, Task task, Optimizer opt, long epochs, long batch) {
        check(net, task, "train");
        if (epochs < 0) throw RuntimeFailure.invalid("train: epochs must be >= 0, got " + epochs);
        if (batch < 1) throw RuntimeFailure.invalid("train: batch must be >= 1, got " + batch);
        Samples s = task.trainSamples();
        if (s.n == 0 || epochs == 0) return;
        DeviceSynapses devices = net.devices();
        double quantum = devices == null ? Double.NaN : quantum(net, devices, opt);
        WorkerPool pool = WorkerPool.shared();
        long call = net.nextTrainCall();
        int B = (int) Math.min(batch, s.n);
        Pass pass = Pass.forTraining(net, B, pool);
        Session session = opt.begin(net, pass, pool, call);
        if (devices != null) session.useDevices(devices, quantum);
        DeviceStats before = devices == null ? null : devices.stats();
        TrainListener listener = TrainListener.current();
        listener.started(task.name(), epochs, (s.n + B - 1) / B, s.n);
        try {
            trainEpochs(net, task, opt, epochs, s, B, pass, session, call, listener);
        } finally {
            listener.finished();
            if (devices != null) {
                DeviceRecorder r = DeviceRecorder.current();
                if (r != null) r.trained(net, task, devices.stats().minus(before));
            }
        }
    }

    /**
     * The optimizer step of one device operation: the array's quantum, else the optimizer's lr.
     * R0005 for a rule that cannot drive devices, before anything is trained (§10.3).
     */
    private static double quantum(Network net, DeviceSynapses devices, Optimizer opt) {
        double lr = opt.deviceLearningRate();
        if (Double.isNaN(lr)) {
            throw RuntimeFailure.invalid("train: " + net + " has device synapses, which supply their own metaplasticity and keep no "
                    + "per-weight optimizer memory; " + opt + " cannot drive them: use sgd(…) or adam(…)");
        }
        double q = devices.array().quantumOrNaN();
        return Double.isNaN(q) ? lr : q;
    }

    private static void trainEpochs(Network net, Task task, Optimizer opt, long epochs, Samples s, int B, Pass pass,
                                    Session session, long call, TrainListener listener) {
        WorkerPool pool = WorkerPool.shared();
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = RandomStream.of(net.seed(), KEY_SHUFFLE, call, epoch).permutation(s.n);
            double lossSum = 0;
            int seen = 0;
            int batchIndex = 0;
            for (int start = 0; start < s.n; start += B, batchIndex++) {
                int count = Math.min(B, s.n - start);
                // Batch statistics of a single sample are degenerate (zero variance): skip such a tail.
                if (count == 1 && start > 0) break;
                pass.load(s, order, start, count);
                double loss = session.batch(pass, step);
                if (!Double.isFinite(loss)) {
                    String where = pass.firstNonFinite();
                    throw RuntimeFailure.notFinite("NaN or infinity while training " + net + " on task \"" + task.name() + "\" with "
                            + opt + ": " + (where == null ? "the loss" : where) + " at step " + step + " (epoch " + (epoch + 1)
                            + ", batch " + (batchIndex + 1) + ")");
                }
                lossSum += loss;
                seen += count;
                step++;
                listener.batch(epoch, batchIndex, loss / count, count);
            }
            if (net.growth().grows() && lossSum / seen > net.growth().threshold() && net.growHidden()) {
                pass = new Pass(net, B, true, pool);
                session.resized(pass);
            }
        }
        checkWeights(net, task, opt, step);
        session.end(task, pass);
        pass.release();
    }

    private static void checkWeights(Network net, Task task, Optimizer opt, long steps) {
        for (int l = 0; l < net.layerCount(); l++) {
            for (float v : net.layer(l).w) {
                if (!Float.isFinite(v)) {
                    throw RuntimeFailure.notFinite("NaN or infinity in the weights of layer " + (l + 1) + " of " + net
                            + " after training on task \"" + task.name() + "\" with " + opt + " (step " + (steps - 1) + ")");
                }
            }
        }
    }
}
