package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Pass;

/** Plain gradient descent. */
final class SgdSession extends Session implements RangeTask {
    private final float lr;
    private final WorkerPool pool;
    private Blocks blocks;
    private int current;

    SgdSession(float lr, Pass pass, WorkerPool pool) {
        this.lr = lr;
        this.pool = pool;
        this.blocks = new Blocks(pass);
    }

    @Override
    protected void update(Pass pass, long step) {
        for (current = 0; current < blocks.size(); current++) {
            int layer = blocks.weightLayer[current];
            if (devices != null && layer >= 0) {
                float[] g = blocks.grads[current];
                if (steps == null || steps.length < g.length) steps = new float[g.length];
                for (int i = 0; i < g.length; i++) steps[i] = lr * g[i];
                devices.apply(layer, blocks.values[current], steps, quantum, pool);
            } else {
                pool.forRange(blocks.values[current].length, 1 << 14, this);
            }
        }
    }

    /** The steps of a weight block on devices, which the devices take instead of the weights. */
    private float[] steps;

    @Override
    public void run(int from, int to) {
        float[] v = blocks.values[current];
        float[] g = blocks.grads[current];
        for (int i = from; i < to; i++) v[i] -= lr * g[i];
    }

    @Override
    public void resized(Pass pass) {
        blocks = new Blocks(pass);
        super.resized(pass);
    }
}
