package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.DeviceSynapses;
import org.metaspin.runtime.learn.net.Pass;

/** Plain gradient descent. */
final class SgdRule implements UpdateRule {
    private final float lr;
    private final WorkerPool pool;
    private Blocks blocks;

    SgdRule(float lr, Pass pass, WorkerPool pool) {
        this.lr = lr;
        this.pool = pool;
        this.blocks = new Blocks(pass);
    }

    private DeviceSynapses devices;
    private double quantum;
    /** The steps of a weight block on devices, which the devices take instead of the weights. */
    private float[] steps;

    @Override
    public void update(Pass pass, long step) {
        for (int k = 0; k < blocks.size(); k++) {
            float[] v = blocks.values[k];
            float[] g = blocks.grads[k];
            int layer = blocks.weightLayer[k];
            if (devices != null && layer >= 0) {
                if (steps == null || steps.length < g.length) steps = new float[g.length];
                for (int i = 0; i < g.length; i++) steps[i] = lr * g[i];
                devices.apply(layer, v, steps, quantum, pool);
            } else {
                pool.forRange(v.length, 1 << 14, (from, to) -> {
                    for (int i = from; i < to; i++) v[i] -= lr * g[i];
                });
            }
        }
    }

    @Override
    public void useDevices(DeviceSynapses devices, double quantum) {
        this.devices = devices;
        this.quantum = quantum;
    }

    @Override
    public void resized(Pass pass) {
        blocks = new Blocks(pass);
    }
}
