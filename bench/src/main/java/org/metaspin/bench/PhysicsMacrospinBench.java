package org.metaspin.bench;

import java.util.concurrent.TimeUnit;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Layers;
import org.metaspin.runtime.physics.Macrospin;
import org.metaspin.runtime.physics.Material;
import org.metaspin.runtime.physics.Models;
import org.metaspin.runtime.physics.Shape;
import org.metaspin.runtime.physics.Stack;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stochastic Heun steps of the macrospin model on one core: one 100 ns trajectory at 300 K
 * with current and field (the full step: anisotropy, field, both torques, Brown noise,
 * renormalisation). Baseline: only drawing the step's three thermal Gaussians with the
 * runtime's polar-method {@code nextGaussian}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class PhysicsMacrospinBench {
    static final int STEPS = 100_000;

    private Device device;
    private RandomStream rs;

    @Setup
    public void setup() {
        Material pt = Material.create(Props.of("material Pt").with("thetaSH", 0.07).with("rho", 2e-7));
        Material cofeb = Material.create(Props.of("material CoFeB").with("Ms", 1.257e6).with("alpha", 0.027));
        Stack s = Stack.create(Props.of("stack S").with("layers", Layers.over(Layers.layer(pt, 5e-9), Layers.layer(cofeb, 1e-9)))
                .with("free", cofeb).with("Ks", 1.3e-3));
        device = Device.create(Props.of("device Spin").with("stack", s).with("shape", Shape.disk(40e-9)).with("xiFL", 0.3)
                .with("model", Models.macrospin(1e-12, 1, 0)));
        rs = RandomStream.of(3);
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double heunSteps() {
        double[] trace = Macrospin.simulate(device, -2e-3, STEPS * 1e-12, 0.05, 0, 0);
        return trace[STEPS];
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double baselinePolarGaussians() {
        double s = 0;
        for (int k = 0; k < STEPS; k++) s += rs.nextGaussian() + rs.nextGaussian() + rs.nextGaussian();
        return s;
    }
}
