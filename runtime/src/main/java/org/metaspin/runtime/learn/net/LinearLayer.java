package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.random.RandomStream;

/**
 * One linear layer with what follows it: hidden weights {@code w} stored [in][out]
 * row-major (so the forward product streams contiguous rows), then batch norm (affine) or a
 * bias. The activation after it, if any, is decided by the network.
 */
public final class LinearLayer {
    public final int in;
    public final int out;
    /** The forward uses sign(w) (sign(0) = +1) instead of w. */
    public final boolean binaryWeights;
    /** The layer's inputs are +-1 (the sign activations of a previous BNN layer), so the XNOR path applies. */
    public final boolean binaryInputs;
    public final boolean norm;
    public final float[] w;
    public final float[] gamma;
    public final float[] beta;
    public final float[] bias;

    LinearLayer(int in, int out, boolean binaryWeights, boolean binaryInputs, boolean norm) {
        this.in = in;
        this.out = out;
        this.binaryWeights = binaryWeights;
        this.binaryInputs = binaryInputs;
        this.norm = norm;
        this.w = new float[in * out];
        this.gamma = norm ? new float[out] : null;
        this.beta = norm ? new float[out] : null;
        this.bias = norm ? null : new float[out];
        if (norm) java.util.Arrays.fill(gamma, 1f);
    }

    /** PyTorch's default for a linear layer: uniform in +-1/sqrt(fan-in). */
    static float initBound(int in) { return (float) (1 / Math.sqrt(in)); }

    void initialize(RandomStream rng) {
        float a = initBound(in);
        for (int i = 0; i < w.length; i++) w[i] = (float) ((2 * rng.nextDouble() - 1) * a);
    }

    LinearLayer copy() {
        LinearLayer c = new LinearLayer(in, out, binaryWeights, binaryInputs, norm);
        System.arraycopy(w, 0, c.w, 0, w.length);
        copyUnitsInto(c);
        return c;
    }

    /** The per-unit parameters (batch norm's gamma and beta, or the bias) of units 0 … out-1 into {@code c}. */
    private void copyUnitsInto(LinearLayer c) {
        if (norm) {
            System.arraycopy(gamma, 0, c.gamma, 0, out);
            System.arraycopy(beta, 0, c.beta, 0, out);
        } else {
            System.arraycopy(bias, 0, c.bias, 0, out);
        }
    }

    /**
     * This layer widened to {@code newIn x newOut}: old weights keep their place, new
     * weights are drawn like fresh ones, new units start with gamma 1, beta 0.
     */
    LinearLayer widened(int newIn, int newOut, RandomStream rng) {
        LinearLayer c = new LinearLayer(newIn, newOut, binaryWeights, binaryInputs, norm);
        float a = initBound(newIn);
        for (int i = 0; i < newIn; i++) {
            for (int j = 0; j < newOut; j++) {
                c.w[i * newOut + j] = i < in && j < out ? w[i * out + j] : (float) ((2 * rng.nextDouble() - 1) * a);
            }
        }
        copyUnitsInto(c);
        return c;
    }

    /** A per-weight array of shape [in][out] widened the same way, new places set to {@code fill}. */
    public static float[] widen(float[] a, int in, int out, int newIn, int newOut, float fill) {
        float[] c = new float[newIn * newOut];
        java.util.Arrays.fill(c, fill);
        for (int i = 0; i < in; i++) System.arraycopy(a, i * out, c, i * newOut, out);
        return c;
    }
}
