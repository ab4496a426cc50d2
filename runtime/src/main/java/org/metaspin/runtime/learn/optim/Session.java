package org.metaspin.runtime.learn.optim;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Pass;

/** The state of an optimizer during one train call. */
public abstract class Session {
    final List<StepHook> hooks = new ArrayList<>();
    /** The devices behind the weights, which take the weight steps instead of {@code w -= u} (§10.3); null: ideal synapses. */
    DeviceSynapses devices;
    /** The optimizer step one device operation stands for. */
    double quantum;

    /** Hands the steps of the weights to {@code devices}, one operation per {@code quantum} of step. */
    public void useDevices(DeviceSynapses devices, double quantum) {
        this.devices = devices;
        this.quantum = quantum;
    }

    /**
     * One training step on the batch loaded in {@code pass}: forward, loss, backward,
     * update. Returns the batch's summed loss; a non-finite loss returns before any update.
     */
    public double batch(Pass pass, long step) {
        if (devices != null) {
            devices.beginStep();
            devices.read(pass);
        }
        pass.prepareWeights();
        if (pass.weightsNonFinite()) return Double.NaN;
        pass.forward();
        double loss = pass.softmaxLoss();
        if (!Double.isFinite(loss)) return loss;
        pass.backward(1f / pass.batch(), null);
        for (StepHook h : hooks) h.beforeUpdate(pass);
        update(pass, step);
        for (StepHook h : hooks) h.afterUpdate(pass);
        return loss;
    }

    /** Applies the gradients in {@code pass} to the network's parameters. */
    protected abstract void update(Pass pass, long step);

    /** The train call is over. */
    public void end(Task task, Pass pass) {
        for (StepHook h : hooks) h.end(task, pass);
    }

    /** The network grew and {@code pass} is its new workspace. */
    public void resized(Pass pass) {
        for (StepHook h : hooks) h.resized(pass);
    }
}
