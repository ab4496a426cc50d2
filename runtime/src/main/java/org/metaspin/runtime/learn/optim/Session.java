package org.metaspin.runtime.learn.optim;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Pass;

/**
 * The state of a learning rule during one train call, and the one sequence of a training
 * step every rule goes through (docs/learn.md, "One training step"):
 *
 * <ol>
 *   <li>for each draw of the {@link GradientEstimate} (one for a point estimate, MESU's
 *       samples otherwise): the weights of the draw, their effective form, forward, loss,
 *       backward, and the draw's gradients gathered by the estimate;</li>
 *   <li>the {@link StepHook}s add their penalties' gradients;</li>
 *   <li>the {@link UpdateRule} moves the parameters (Adam, metaplastic Adam, SGD, MESU, or a
 *       device that decides which weights it can move);</li>
 *   <li>the hooks see the step taken.</li>
 * </ol>
 *
 * A NaN or infinite weight or loss ends the step before any update.
 */
public final class Session {
    private final GradientEstimate estimate;
    private final UpdateRule rule;
    final List<StepHook> hooks = new ArrayList<>();
    /** The devices behind the weights (§10.3): read before each step, they take the rule's weight steps; null: ideal synapses. */
    private DeviceSynapses devices;

    /** Hands the steps of the weights to {@code devices}, one operation per {@code quantum} of step. */
    public void useDevices(DeviceSynapses devices, double quantum) {
        this.devices = devices;
        rule.useDevices(devices, quantum);
    }

    public Session(GradientEstimate estimate, UpdateRule rule) {
        this.estimate = estimate;
        this.rule = rule;
    }

    /** A session of {@code rule} on the plain gradient of the batch's mean loss. */
    public Session(UpdateRule rule) {
        this(GradientEstimate.POINT, rule);
    }

    /**
     * One training step on the batch loaded in {@code pass}. Returns the batch's summed loss
     * (the mean over draws); a non-finite weight or loss returns it before any update.
     */
    public double batch(Pass pass, long step) {
        int draws = estimate.draws();
        double lossSum = 0;
        if (devices != null) {
            devices.beginStep();
            devices.read(pass);
        }
        estimate.begin(pass);
        try {
            for (int s = 0; s < draws; s++) {
                long t = Phases.start();
                estimate.draw(pass, step, s);
                pass.prepareWeights();
                if (pass.weightsNonFinite()) return Double.NaN;
                pass.forward();
                double loss = pass.softmaxLoss();
                if (!Double.isFinite(loss)) return loss;
                lossSum += loss;
                Phases.FORWARD.add(t, pass.batch());
                t = Phases.start();
                pass.backward(estimate.lossScale(pass), null);
                estimate.gather(pass, s);
                Phases.BACKWARD.add(t, pass.batch());
            }
        } finally {
            pass.useHiddenWeights();
        }
        long t = Phases.start();
        for (StepHook h : hooks) h.beforeUpdate(pass);
        rule.update(pass, step);
        for (StepHook h : hooks) h.afterUpdate(pass);
        Phases.UPDATE.add(t, pass.batch());
        return lossSum / draws;
    }

    /** The train call is over. */
    public void end(Task task, Pass pass) {
        for (StepHook h : hooks) h.end(task, pass);
    }

    /** The network grew and {@code pass} is its new workspace. */
    public void resized(Pass pass) {
        estimate.resized(pass);
        rule.resized(pass);
        for (StepHook h : hooks) h.resized(pass);
    }
}
