package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.physics.SynapseArray;

/** mlp, copy and the growth policies (§8.6, §10.2). */
public final class NetworkBuiltins {
    private NetworkBuiltins() {}

    @Builtin(doc = "A multilayer perceptron, the same as a network declaration. binary = true: BNN (sign(W_h), batch norm "
            + "after every linear layer, sign activations with a straight-through gradient); binary = false: real "
            + "weights and ReLU. With `synapses = A` every weight is a device of the array A (device in the loop, §10.3).")
    public static Network mlp(@Param(name = "inputs", check = ">= 1") long inputs,
                              @Param(name = "hidden", def = "[]") long[] hidden,
                              @Param(name = "outputs", check = ">= 1") long outputs,
                              @Param(name = "binary", def = "true") boolean binary,
                              @Param(name = "norm", def = "\"batch\"") String norm,
                              @Param(name = "seed", def = "1") long seed,
                              @Param(name = "grow", def = "no_growth()") Growth grow) {
        Props p = Props.of("mlp(...)").with("inputs", inputs).with("hidden", (Object) hidden).with("outputs", outputs)
                .with("binary", binary).with("norm", norm).with("seed", seed).with("grow", grow == null ? Growth.NONE : grow);
        return Network.create(p);
    }

    @Builtin(name = "mlp", doc = "A multilayer perceptron whose weights are the devices of the array `synapses` (device in the "
            + "loop, §10.3): a binary network on compact-model devices with a gate (magnetization = weight, gate state = hidden "
            + "magnitude), a real-valued one (binary = false) on analog devices. Learning happens only through write pulses and "
            + "gate operations; growth is not available.")
    public static Network mlpOnDevices(@Param(name = "inputs", check = ">= 1") long inputs,
                                       @Param(name = "hidden", def = "[]") long[] hidden,
                                       @Param(name = "outputs", check = ">= 1") long outputs,
                                       @Param(name = "binary", def = "true") boolean binary,
                                       @Param(name = "norm", def = "\"batch\"") String norm,
                                       @Param(name = "synapses") SynapseArray synapses,
                                       @Param(name = "seed", def = "1") long seed) {
        Props p = Props.of("mlp(...)").with("inputs", inputs).with("hidden", (Object) hidden).with("outputs", outputs)
                .with("binary", binary).with("norm", norm).with("synapses", synapses).with("seed", seed);
        return Network.create(p);
    }

    @Builtin(doc = "An independent copy of a network: weights, batch-norm parameters and the optimizers' memory.")
    public static Network copy(@Param(name = "net") Network net) {
        return net.copy();
    }

    @Builtin(requires = "initial <= max", doc = "Neurogenesis: hidden layers start at `initial` units and gain `step` units after every epoch whose "
            + "mean training loss is above `threshold`, up to `max`, without being told task identities.")
    public static Growth neurogenesis(@Param(name = "initial", check = ">= 1") long initial, @Param(name = "step", check = ">= 1") long step,
                                      @Param(name = "max", check = "<= 65536") long max,
                                      @Param(name = "threshold", check = ">= 0") double threshold) {
        if (initial < 1 || step < 1 || max < initial || max > 1 << 16) {
            throw RuntimeFailure.invalid("neurogenesis: need 1 <= initial <= max <= 65536 and step >= 1, got initial = "
                    + initial + ", step = " + step + ", max = " + max);
        }
        if (!(threshold >= 0)) throw RuntimeFailure.invalid("neurogenesis: threshold must be >= 0, got " + threshold);
        return new Growth((int) initial, (int) step, (int) max, threshold);
    }

    @Builtin(doc = "The growth policy that never grows: the default of mlp's `grow`.")
    public static Growth no_growth() {
        return Growth.NONE;
    }
}
