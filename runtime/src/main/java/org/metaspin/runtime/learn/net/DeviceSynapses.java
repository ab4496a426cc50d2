package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.kernel.RangeTask;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.physics.SynapseKernel;
import org.metaspin.runtime.random.RandomStream;

/**
 * The devices of a network with {@code synapses = A} (§10.3): every weight is one device of the
 * array, laid out in tiles, and learning happens only through device operations. For a binary
 * network the layer's weights are the magnetizations s = ±1 and {@link #hidden} the gate states
 * h; for a real-valued one the weights are the analog device states.
 *
 * <p>A step u from the optimizer becomes {@code n = stochastic_round(|u| / quantum)} operations
 * per weight, in fixed blocks of {@link #BLOCK} weights processed in parallel: every random
 * number is a pure function of (seed, weight, step, operation) and each block sums its own
 * counts and energies, added in block order, so results do not depend on the number of threads.
 */
public final class DeviceSynapses {
    static final int BLOCK = 2048;
    /** Each training step draws from its own keyed stream: seed + step * this (an odd constant, so steps never share one). */
    private static final long STEP_KEY = 0x9E3779B97F4A7C15L;
    private static final long KEY_SIGN = 0x5349474eL;   // "SIGN": initial magnetizations
    private static final long KEY_OPS = 0x4f505321L;    // "OPS!": rounding and write decisions
    private static final long KEY_READ = 0x52454144L;   // "READ": read noise

    private final SynapseArray array;
    private final long runSeed;
    private final SynapseKernel kernel;
    private final boolean binary;
    private final int[] offset;        // first global weight index of each layer
    private final int[] tileOffset;    // first tile of each layer
    private final int tiles;
    private final double[][] h;        // binary: gate state per weight; null for analog
    private final long opsSeed;
    private final double readNoise;
    private long steps;
    private long reads;
    private DeviceStats total = DeviceStats.ZERO;

    // per-block partial sums of the step in progress
    private long[] blockWrites = new long[0];
    private long[] blockFlips = new long[0];
    private long[] blockGates = new long[0];
    private double[] blockWriteE = new double[0];
    private double[] blockGateE = new double[0];
    private float[][] readBuffers;

    // the step in progress
    private int curLayer;
    private float[] curW;
    private float[] curU;
    private double curInvQuantum;
    private final RangeTask updateTask = this::updateBlocks;

    DeviceSynapses(SynapseArray array, LinearLayer[] layers, long netSeed, long runSeed) {
        this.array = array;
        this.runSeed = runSeed;
        this.readNoise = array.readNoise();
        this.binary = layers[0].binaryWeights;
        int L = layers.length;
        offset = new int[L + 1];
        tileOffset = new int[L + 1];
        long rows = array.rows(), cols = array.cols();
        for (int l = 0; l < L; l++) {
            offset[l + 1] = offset[l] + layers[l].w.length;
            long t = tileOffset[l] + ceilDiv(layers[l].in, rows) * ceilDiv(layers[l].out, cols);
            if (t * rows * cols > Integer.MAX_VALUE) throw RuntimeFailure.invalid(array.describe() + ": the network needs more than 2^31 devices");
            tileOffset[l + 1] = (int) t;
        }
        tiles = tileOffset[L];
        int count = offset[L];
        int[] layerOf = new int[count];
        for (int l = 0; l < L; l++) java.util.Arrays.fill(layerOf, offset[l], offset[l + 1], l);
        java.util.function.LongUnaryOperator deviceOf = g -> {
            int l = layerOf[(int) g];
            int k = (int) g - offset[l];
            return device(l, k / layers[l].out, k % layers[l].out, layers[l].out);
        };
        kernel = binary ? SynapseKernel.binary(array, runSeed, count, deviceOf) : SynapseKernel.analog(array, runSeed, count, deviceOf);
        opsSeed = RandomStream.of(runSeed, KEY_OPS, netSeed).nextLong();
        h = binary ? new double[L][] : null;
        for (int l = 0; l < L; l++) {
            float[] w = layers[l].w;
            if (binary) {
                h[l] = new double[w.length];
                RandomStream r = RandomStream.of(netSeed, KEY_SIGN, l);
                for (int i = 0; i < w.length; i++) w[i] = r.nextDouble() < 0.5 ? -1f : 1f;
            } else {
                for (int i = 0; i < w.length; i++) w[i] = (float) Math.min(kernel.wmax(), Math.max(kernel.wmin(), w[i]));
            }
        }
    }

    private DeviceSynapses(DeviceSynapses o) {
        array = o.array;
        runSeed = o.runSeed;
        kernel = o.kernel;
        binary = o.binary;
        offset = o.offset;
        tileOffset = o.tileOffset;
        tiles = o.tiles;
        opsSeed = o.opsSeed;
        readNoise = o.readNoise;
        steps = o.steps;
        reads = o.reads;
        total = o.total;
        if (o.h == null) {
            h = null;
        } else {
            h = new double[o.h.length][];
            for (int l = 0; l < h.length; l++) h[l] = o.h[l].clone();
        }
    }

    DeviceSynapses copy() { return new DeviceSynapses(this); }

    private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }

    /** The device index of weight (i, j) of layer l (§10.3: tiles row-major, layers in order). */
    long device(int l, int i, int j, int out) {
        long rows = array.rows(), cols = array.cols();
        long tilesAcross = ceilDiv(out, cols);
        long t = tileOffset[l] + (i / rows) * tilesAcross + (j / cols);
        return t * rows * cols + (i % rows) * cols + (j % cols);
    }

    public SynapseArray array() { return array; }

    public int tiles() { return tiles; }

    public boolean binary() { return binary; }

    /** The gate states of layer l (binary networks), row-major. */
    public double[] hidden(int l) { return h[l]; }

    public SynapseKernel kernel() { return kernel; }

    public DeviceStats stats() { return total; }

    /**
     * What the forward of the next step reads: the weights themselves, or with read noise a copy
     * times {@code 1 + readNoise * N(0, 1)} per weight and read (a binary layer then uses the sign
     * of that read, as a sense amplifier would).
     */
    public void read(Pass pass) {
        if (readNoise == 0) return;
        long r = reads++;
        if (readBuffers == null || readBuffers.length != pass.layerCount()) readBuffers = new float[pass.layerCount()][];
        for (int l = 0; l < pass.layerCount(); l++) {
            float[] w = pass.layer(l).w;
            if (readBuffers[l] == null || readBuffers[l].length != w.length) readBuffers[l] = new float[w.length];
            float[] out = readBuffers[l];
            int base = offset[l];
            for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] * (1 + readNoise * gaussian(base + i, r)));
            pass.useWeights(l, out);
        }
    }

    /** A standard normal draw for weight g at read r: Box–Muller on two counter-based uniforms. */
    private double gaussian(int g, long r) {
        double u1 = RandomStream.uniformAt(opsSeed ^ KEY_READ, g, 2 * r);
        double u2 = RandomStream.uniformAt(opsSeed ^ KEY_READ, g, 2 * r + 1);
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A new training step begins: its random numbers are keyed by this count. */
    public void beginStep() { steps++; }

    /**
     * Turns the optimizer's steps {@code u} of layer l's weights (the ideal rule would do
     * {@code w -= u}) into device operations, in parallel over fixed blocks.
     */
    public void apply(int layer, float[] w, float[] u, double quantum, WorkerPool pool) {
        int n = w.length;
        int blocks = (n + BLOCK - 1) / BLOCK;
        if (blockWrites.length < blocks) {
            blockWrites = new long[blocks];
            blockFlips = new long[blocks];
            blockGates = new long[blocks];
            blockWriteE = new double[blocks];
            blockGateE = new double[blocks];
        }
        curLayer = layer;
        curW = w;
        curU = u;
        curInvQuantum = 1 / quantum;
        pool.forRange(blocks, 1, updateTask);
        long writes = 0, flips = 0, gates = 0;
        double we = 0, ge = 0;
        for (int b = 0; b < blocks; b++) {
            writes += blockWrites[b];
            flips += blockFlips[b];
            gates += blockGates[b];
            we += blockWriteE[b];
            ge += blockGateE[b];
        }
        total = total.plus(new DeviceStats(writes, flips, gates, we, ge));
    }

    private void updateBlocks(int from, int to) {
        for (int b = from; b < to; b++) {
            int lo = b * BLOCK;
            int hi = Math.min(curW.length, lo + BLOCK);
            if (binary) binaryBlock(b, lo, hi);
            else analogBlock(b, lo, hi);
        }
    }

    /**
     * §10.3, binary: a step toward s consolidates (n gate operations at +Vgate); a step against s
     * tries up to n write pulses, each followed, if the magnet did not flip, by a gate operation
     * at -Vgate. A flip leaves h and ends the weight's operations.
     */
    private void binaryBlock(int b, int lo, int hi) {
        float[] w = curW;
        float[] u = curU;
        double[] hl = h[curLayer];
        int base = offset[curLayer];
        double invQ = curInvQuantum;
        long step = steps;
        long seed = opsSeed;
        SynapseKernel k = kernel;
        long writes = 0, flips = 0, gates = 0;
        double we = 0, ge = 0;
        for (int i = lo; i < hi; i++) {
            float ui = u[i];
            int g = base + i;
            long n = stochasticRound(Math.abs(ui) * invQ, seed, g, step);
            if (n == 0) continue;
            double h0 = hl[i];
            // w - u moves toward s when u and s have opposite signs
            if ((ui < 0) == (w[i] > 0)) {
                double h1 = k.consolidate(g, h0, n);
                hl[i] = h1;
                gates += n;
                ge += k.gateEnergy(g, n, Math.abs(h1 - h0));
                continue;
            }
            double hc = h0;
            for (long op = 1; op <= n; op++) {
                writes++;
                we += k.writeEnergy(g);
                if (k.flips(g, hc, RandomStream.uniformAt(seed + step * STEP_KEY, g, op))) {
                    w[i] = -w[i];
                    flips++;
                    break;
                }
                double h2 = k.deconsolidate(g, hc);
                gates++;
                ge += k.gateEnergy(g, 1, Math.abs(h2 - hc));
                hc = h2;
            }
            hl[i] = hc;
        }
        blockWrites[b] = writes;
        blockFlips[b] = flips;
        blockGates[b] = gates;
        blockWriteE[b] = we;
        blockGateE[b] = ge;
    }

    /** §10.3, real-valued: n pulses of the sign of -u through §9.5, each a gate pulse with dh = |dw| / (wmax - wmin). */
    private void analogBlock(int b, int lo, int hi) {
        float[] w = curW;
        float[] u = curU;
        int base = offset[curLayer];
        double invQ = curInvQuantum;
        long step = steps;
        SynapseKernel k = kernel;
        double range = k.wmax() - k.wmin();
        long gates = 0;
        double ge = 0;
        for (int i = lo; i < hi; i++) {
            float ui = u[i];
            int g = base + i;
            long n = stochasticRound(Math.abs(ui) * invQ, opsSeed, g, step);
            if (n == 0) continue;
            double w0 = w[i];
            double w1 = k.analogStep(w0, ui < 0 ? n : -n);
            w[i] = (float) w1;
            gates += n;
            ge += k.gateEnergy(g, n, Math.abs(w1 - w0) / range);
        }
        blockWrites[b] = 0;
        blockFlips[b] = 0;
        blockGates[b] = gates;
        blockWriteE[b] = 0;
        blockGateE[b] = ge;
    }

    /** {@code floor(x)} plus 1 with probability {@code x - floor(x)}; operation 0 of the weight's step draws it. */
    private static long stochasticRound(double x, long seed, int g, long step) {
        long n = (long) x;
        double frac = x - n;
        if (frac > 0 && RandomStream.uniformAt(seed + step * STEP_KEY, g, 0) < frac) n++;
        return n;
    }
}
