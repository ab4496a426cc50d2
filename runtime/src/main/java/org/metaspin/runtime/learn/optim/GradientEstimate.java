package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.net.Pass;

/**
 * How a training step estimates the gradient it hands to the {@link UpdateRule}: from one
 * forward and backward of the hidden weights ({@link #POINT}), or by averaging over sampled
 * networks (MESU). See {@link Session#batch}.
 */
public interface GradientEstimate {
    /** The gradient of the batch's mean loss at the hidden weights, left in the pass's gradients. */
    GradientEstimate POINT = new GradientEstimate() {
        @Override
        public int draws() { return 1; }

        @Override
        public float lossScale(Pass pass) { return 1f / pass.batch(); }
    };

    /** Forward and backward passes per step. */
    int draws();

    /** The factor on the summed loss whose gradient each backward computes. */
    float lossScale(Pass pass);

    /** Before the first draw of a step. */
    default void begin(Pass pass) {}

    /** Puts the weights of draw {@code s} of step {@code step} in use ({@link Pass#useWeights}); the hidden weights by default. */
    default void draw(Pass pass, long step, int s) {}

    /** After draw {@code s}'s backward: gathers what the update needs from the pass's gradients. */
    default void gather(Pass pass, int s) {}

    /** The network grew and {@code pass} is its new workspace. */
    default void resized(Pass pass) {}
}
