package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.data.Samples;
import org.metaspin.runtime.learn.kernel.BitGemm;

/**
 * The activation buffers of a pass for batches of up to {@code capacity} samples, allocated
 * once so that a step allocates none. A training workspace keeps what the backward needs; an
 * evaluation workspace keeps only two activation buffers, ping-ponged between layers, and
 * normalizes in place.
 */
final class Workspace {
    final int capacity;
    final boolean training;
    /** Activations entering layer l (B x in); input[0] is the batch. */
    final float[][] input;
    /** The same activations packed as sign bits, for layers that take binary inputs. */
    final long[][] inputBits;
    /** Pre-norm outputs; in evaluation also the normalized outputs. */
    final float[][] z;
    /** Normalized outputs (training only: the backward needs them). */
    final float[][] xhat;
    /** Post-norm outputs (pre-activation); the last layer's are the logits. */
    final float[][] y;
    final float[][] invStd;
    final int[] labels;
    /** Softmax of the logits. */
    final float[] prob;
    /** Gradient of the loss with respect to a layer's outputs, then to its pre-norm outputs (training only). */
    final float[] dy;
    final float[] dz;
    /** dz again as separate rows, the form the weight-gradient product reads. */
    final float[][] dzRows;
    private int batch;

    Workspace(Network net, LinearLayer[] layers, int capacity, boolean training) {
        this.capacity = capacity;
        this.training = training;
        int L = layers.length;
        int maxW = net.maxWidth();
        input = new float[L][];
        inputBits = new long[L][];
        z = new float[L][];
        xhat = new float[L][];
        y = new float[L][];
        invStd = new float[L][];
        float[] pingA = training ? null : new float[capacity * maxW];
        float[] pingB = training ? null : new float[capacity * maxW];
        float[] shared = training ? null : new float[capacity * maxW];
        long[] bitsShared = null;
        for (int l = 0; l < L; l++) {
            LinearLayer ly = layers[l];
            if (ly.binaryInputs) {
                if (training) {
                    inputBits[l] = new long[capacity * BitGemm.words(ly.in)];
                } else {
                    if (bitsShared == null) bitsShared = new long[capacity * BitGemm.words(maxW)];
                    inputBits[l] = bitsShared;
                }
            }
            if (l == 0) input[l] = new float[capacity * ly.in];
            else input[l] = training ? new float[capacity * ly.in] : (l % 2 == 1 ? pingA : pingB);
            z[l] = training ? new float[capacity * ly.out] : shared;
            xhat[l] = training && ly.norm ? new float[capacity * ly.out] : null;
            y[l] = training ? new float[capacity * ly.out] : shared;
            invStd[l] = ly.norm ? new float[ly.out] : null;
        }
        labels = new int[capacity];
        prob = new float[capacity * net.outputWidth()];
        dy = training ? new float[capacity * maxW] : null;
        dz = training ? new float[capacity * maxW] : null;
        dzRows = training ? new float[capacity][maxW] : null;
    }

    /** Copies rows {@code order[start .. start+count)} of {@code s} into the batch. */
    void load(Samples s, int[] order, int start, int count) {
        float[] x = input[0];
        int d = s.d;
        for (int i = 0; i < count; i++) {
            int r = order == null ? start + i : order[start + i];
            s.copyRow(r, x, i * d);
            labels[i] = s.y[r];
        }
        batch = count;
    }

    /** The number of samples loaded. */
    int batch() { return batch; }
}
