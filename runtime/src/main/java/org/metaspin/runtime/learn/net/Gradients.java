package org.metaspin.runtime.learn.net;

/**
 * The gradients a backward pass leaves for the update: per layer, of the hidden weights
 * ([in][out] like them) and of batch norm's gamma and beta or of the bias. Penalty hooks
 * (EWC, SI) add their own terms to these arrays before the update reads them.
 */
public final class Gradients {
    private final float[][] weights;
    private final float[][] gamma;
    private final float[][] beta;
    private final float[][] bias;

    Gradients(LinearLayer[] layers) {
        int L = layers.length;
        weights = new float[L][];
        gamma = new float[L][];
        beta = new float[L][];
        bias = new float[L][];
        for (int l = 0; l < L; l++) {
            LinearLayer ly = layers[l];
            weights[l] = new float[ly.w.length];
            if (ly.norm) {
                gamma[l] = new float[ly.out];
                beta[l] = new float[ly.out];
            } else {
                bias[l] = new float[ly.out];
            }
        }
    }

    /** Of layer l's hidden weights. */
    public float[] weights(int l) { return weights[l]; }

    /** Of layer l's batch-norm scale; null for a layer without batch norm. */
    public float[] gamma(int l) { return gamma[l]; }

    /** Of layer l's batch-norm shift; null for a layer without batch norm. */
    public float[] beta(int l) { return beta[l]; }

    /** Of layer l's bias; null for a layer with batch norm. */
    public float[] bias(int l) { return bias[l]; }
}
