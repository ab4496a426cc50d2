package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Pass;

/**
 * The last phase of a training step (see {@link Session#batch}): moves the network's
 * parameters from the gradients in the pass. Ideal synapses apply the step of their rule to
 * every hidden weight (SGD, Adam, metaplastic Adam, MESU's mean and sigma); on devices (SGD,
 * Adam) the rule computes the steps and the devices decide, per weight, what they can do (a
 * write pulse that may not switch, a gate operation) and count what they did. Runs on the workers of the pass's pool;
 * results must not depend on how the work is split between threads.
 */
public interface UpdateRule {
    /** Applies the gradients of {@code pass} (step number {@code step} of this train call). */
    void update(Pass pass, long step);

    /** The network grew and {@code pass} is its new workspace: per-weight state must take the new shapes. */
    default void resized(Pass pass) {}

    /**
     * From now on the weights are {@code devices} (§10.3): the rule computes each weight's
     * step and the devices take it, one operation per {@code quantum}. Only rules whose
     * optimizer has a {@link Optimizer#deviceLearningRate()} are asked.
     */
    default void useDevices(DeviceSynapses devices, double quantum) {
        throw new IllegalStateException(getClass().getSimpleName() + " does not drive devices");
    }
}
