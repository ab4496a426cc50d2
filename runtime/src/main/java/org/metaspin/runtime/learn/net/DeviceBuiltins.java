package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** What makes a network's devices inspectable (§10.3): tiles, weights, hidden states, energy. */
public final class DeviceBuiltins {
    private DeviceBuiltins() {}

    @Builtin(doc = "The number of array tiles a network on devices occupies: each layer's inputs x outputs weights cut into "
            + "rows x cols tiles (input = row, output = column).")
    public static long tiles(@Param(name = "net") Network net) {
        return devicesOf(net, "tiles").tiles();
    }

    @Builtin(doc = "The weights of layer `layer` (0: the weights from the inputs), row-major with input = row: the "
            + "magnetizations s = ±1 of a binary network on devices, the hidden weights of an ideal one, the real weights "
            + "otherwise.")
    public static double[] weights(@Param(name = "net") Network net, @Param(name = "layer") long layer) {
        float[] w = net.layer(layerIndex(net, layer, "weights")).w;
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) out[i] = w[i];
        return out;
    }

    @Builtin(doc = "The hidden states of layer `layer`, row-major: the gate states h in [0, 1] of a binary network on "
            + "devices, the hidden weights W_h of an ideal binary network; R0005 for a real-valued network, which has none.")
    public static double[] hidden(@Param(name = "net") Network net, @Param(name = "layer") long layer) {
        int l = layerIndex(net, layer, "hidden");
        DeviceSynapses d = net.devices();
        if (d != null && d.binary()) return d.hidden(l).clone();
        if (!net.binary()) throw RuntimeFailure.invalid("hidden: " + net + " is real-valued; its weights are weights(net, layer)");
        return weights(net, layer);
    }

    @Builtin(dim = "J", doc = "The energy the network's devices have used since it was created: write pulses and gate operations.")
    public static double energy(@Param(name = "net") Network net) {
        return devicesOf(net, "energy").stats().energy();
    }

    @Builtin(doc = "The device operations of a network on devices since its creation: writes, flips, gates, writeEnergy, "
            + "gateEnergy, energy.")
    public static DeviceStats device_stats(@Param(name = "net") Network net) {
        return devicesOf(net, "device_stats").stats();
    }

    private static DeviceSynapses devicesOf(Network net, String fn) {
        DeviceSynapses d = net.devices();
        if (d == null) throw RuntimeFailure.invalid(fn + ": " + net + " has ideal synapses; give it `synapses = A` to put it on devices");
        return d;
    }

    private static int layerIndex(Network net, long layer, String fn) {
        if (layer < 0 || layer >= net.layerCount()) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0002, fn + ": layer " + layer + " of " + net + " is outside 0.." + (net.layerCount() - 1));
        }
        return (int) layer;
    }
}
