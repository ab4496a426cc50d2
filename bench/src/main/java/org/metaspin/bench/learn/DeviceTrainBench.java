package org.metaspin.bench.learn;

import java.util.concurrent.TimeUnit;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.TrainBuiltins;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Gate;
import org.metaspin.runtime.physics.Layers;
import org.metaspin.runtime.physics.Material;
import org.metaspin.runtime.physics.Shape;
import org.metaspin.runtime.physics.Stack;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.physics.Variability;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Device in the loop (§10.3) against ideal synapses, in the same run: one epoch of digits (1437
 * samples, batch 100) per invocation for a BNN 64-512-512-10 whose 300,000 weights are
 * std.devices.PtMetaSynapse devices at PtMetaArray's operating point (adam), against the ideal
 * network trained by metaplastic Adam. Report deviceEpoch / idealMetaplasticEpoch (target >= 0.5).
 * {@code variability} "none" shares one device entry; "spread" draws every device (Ks 3 %,
 * diameter 2 %), so the kernel streams its per-weight coefficients from memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class DeviceTrainBench {
    @Param({"2"})
    public int threads;

    @Param({"none", "spread"})
    public String variability;

    private Task digits;
    private Network ideal;
    private Network onDevices;
    private Optimizer meta;
    private Optimizer adam;

    private static Props props(String owner, Object... kv) {
        Props p = Props.of(owner);
        for (int i = 0; i < kv.length; i += 2) p = p.with((String) kv[i], kv[i + 1]);
        return p;
    }

    /** std.devices.PtMetaArray, built as generated code builds it. */
    static SynapseArray ptMetaArray(boolean spread) {
        Material pt = Material.create(props("material Pt", "thetaSH", 0.07, "rho", 20e-8));
        Material cofeb = Material.create(props("material CoFeB", "Ms", 1.257e6, "Ku", 0.0, "Aex", 20e-12, "alpha", 0.027));
        Material mgo = Material.create(props("material MgO", "epsR", 9.8));
        Material hfo2 = Material.create(props("material HfO2", "epsR", 25.0));
        var layers = Layers.over(Layers.over(Layers.over(Layers.layer(pt, 5e-9), Layers.layer(cofeb, 1.0e-9)),
                Layers.layer(mgo, 1e-9)), Layers.layer(hfo2, 3e-9));
        Stack stack = Stack.create(props("stack PtCoFeBHfO2", "layers", layers, "free", cofeb, "gate", hfo2, "Ks", 1.3e-3));
        Gate g = Gate.create(props("gate", "dKs", 0.05e-3, "tau", 10e-3, "V0", 2.0, "Vth", 0.5));
        Device d = Device.create(props("device PtMetaSynapse", "stack", stack, "shape", Shape.disk(80e-9), "gate", g));
        Props a = props("array PtMetaArray", "device", d, "rows", 64L, "cols", 64L, "Vgate", 2.0, "pulse", 10e-9,
                "current", 1.9e-3, "field", 5e-3, "gatePulse", 0.5e-3);
        if (spread) a = a.with("variability", Variability.create(props("variability", "Ks", 0.03, "diameter", 0.02)));
        return SynapseArray.create(a);
    }

    @Setup(Level.Trial)
    public void setup() {
        WorkerPool.setThreads(threads);
        digits = TaskBuiltins.sequence(DataBuiltins.digits())[0];
        ideal = NetworkBuiltins.mlp(64, new long[] {512, 512}, 10, true, "batch", 1, null);
        onDevices = NetworkBuiltins.mlpOnDevices(64, new long[] {512, 512}, 10, true, "batch", ptMetaArray(variability.equals("spread")), 1);
        meta = OptimizerBuiltins.metaplastic(0.005, 1.35, null);
        adam = OptimizerBuiltins.adam(0.005, 0.9, 0.999, 1e-8);
    }

    /** Every weight a device: adam's step becomes write pulses and gate operations. */
    @Benchmark
    public void deviceEpoch() {
        TrainBuiltins.train(onDevices, digits, adam, 1, 100);
    }

    /** The baseline: ideal synapses, metaplastic Adam, the same network and data. */
    @Benchmark
    public void idealMetaplasticEpoch() {
        TrainBuiltins.train(ideal, digits, meta, 1, 100);
    }
}
