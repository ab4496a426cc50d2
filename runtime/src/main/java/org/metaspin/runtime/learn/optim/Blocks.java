package org.metaspin.runtime.learn.optim;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.learn.net.LinearLayer;
import org.metaspin.runtime.learn.net.Pass;

/** The trainable arrays of a network paired with their gradients in a pass, weights first marked as such. */
final class Blocks {
    final float[][] values;
    final float[][] grads;
    /** The layer of a weight block, -1 for batch-norm parameters and biases. */
    final int[] weightLayer;

    Blocks(Pass pass) {
        List<float[]> v = new ArrayList<>();
        List<float[]> g = new ArrayList<>();
        List<Integer> wl = new ArrayList<>();
        for (int l = 0; l < pass.layerCount(); l++) {
            LinearLayer ly = pass.layer(l);
            v.add(ly.w);
            g.add(pass.gradients().weights(l));
            wl.add(l);
            if (ly.norm) {
                v.add(ly.gamma);
                g.add(pass.gradients().gamma(l));
                wl.add(-1);
                v.add(ly.beta);
                g.add(pass.gradients().beta(l));
                wl.add(-1);
            } else {
                v.add(ly.bias);
                g.add(pass.gradients().bias(l));
                wl.add(-1);
            }
        }
        values = v.toArray(new float[0][]);
        grads = g.toArray(new float[0][]);
        weightLayer = wl.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() { return values.length; }

    float[][] zerosLike() {
        float[][] z = new float[values.length][];
        for (int i = 0; i < z.length; i++) z[i] = new float[values[i].length];
        return z;
    }
}
