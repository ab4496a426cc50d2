package org.metaspin.bench;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.physics.CompactArrayKernel;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Gate;
import org.metaspin.runtime.physics.Layers;
import org.metaspin.runtime.physics.Material;
import org.metaspin.runtime.physics.Shape;
import org.metaspin.runtime.physics.Stack;
import org.metaspin.runtime.physics.Switching;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.physics.Variability;
import org.metaspin.runtime.random.RandomStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compact-model write decisions over a 1000 x 1000 array of varied devices (Ms 3 %, Ks 3 %,
 * diameter 2 %; a 0.9 nm free layer keeps Keff six sigma above 0, so no cell of the million
 * turns in-plane, which the compact model rejects), each at its own hidden state: decisions
 * per second on all cores. The
 * baseline does only what any stochastic write must do, one counter-based uniform per device
 * and a store, in the same parallel chunks: the ratio is the cost of the physics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhysicsCompactArrayBench {
    static final int N = 1_000_000;
    private static final int CHUNK = 1 << 14;

    private CompactArrayKernel kernel;
    private double[] h;
    private boolean[] out;
    private double current;
    private long step;

    @Setup
    public void setup() {
        Material pt = Material.create(Props.of("material Pt").with("thetaSH", 0.07).with("rho", 2e-7));
        Material cofeb = Material.create(Props.of("material CoFeB").with("Ms", 1.257e6).with("alpha", 0.027));
        Material hfo2 = Material.create(Props.of("material HfO2").with("epsR", 25.0));
        Stack s = Stack.create(Props.of("stack S").with("layers", Layers.over(Layers.over(Layers.layer(pt, 5e-9),
                Layers.layer(cofeb, 0.9e-9)), Layers.layer(hfo2, 3e-9))).with("free", cofeb).with("gate", hfo2).with("Ks", 1.3e-3));
        Gate g = Gate.create(Props.of("gate").with("dKs", 0.4e-3).with("tau", 10e-3).with("V0", 2.0));
        Device d = Device.create(Props.of("device Synapse").with("stack", s).with("shape", Shape.disk(80e-9)).with("gate", g));
        Variability v = Variability.create(Props.of("variability").with("Ms", 0.03).with("Ks", 0.03).with("diameter", 0.02));
        SynapseArray a = SynapseArray.create(Props.of("array Tile").with("device", d).with("rows", 1000L).with("cols", 1000L)
                .with("variability", v));
        kernel = CompactArrayKernel.of(a, 1);
        h = new double[N];
        RandomStream rs = RandomStream.of(2);
        for (int i = 0; i < N; i++) h[i] = rs.nextDouble();
        out = new boolean[N];
        current = 0.9 * Switching.critical_current(d, 0.05, 0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long compactDecisions() {
        return kernel.decide(h, current, 10e-9, 0.05, step++, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long baselineDrawsOnly() {
        long s = step++;
        int chunks = (N + CHUNK - 1) / CHUNK;
        return IntStream.range(0, chunks).parallel().mapToLong(c -> {
            int end = Math.min(N, (c + 1) * CHUNK);
            long count = 0;
            for (int i = c * CHUNK; i < end; i++) {
                boolean x = RandomStream.uniformAt(1, i, s) < h[i];
                out[i] = x;
                if (x) count++;
            }
            return count;
        }).sum();
    }
}
