package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Index;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;

/**
 * A tile of synapse devices (§8.5): one device design, a spread of its parameters, a read
 * noise, and the write operating point of the device-in-the-loop learning rule. Instance
 * {@code index} of a run with seed {@code seed} is {@link #instance(long, long)}: row-major in
 * the first tile, 0 … rows*cols-1, and on through the tiles a network lays out (§10.3).
 */
@DomainType(name = "Array", kind = "array",
        doc = "A rows x cols tile of one device design with device-to-device variability, read noise and a write operating point (Vgate, pulse, current, field).")
public final class SynapseArray extends KindValue {
    private final Device device;
    private final Variation variation;

    private SynapseArray(Props completed, Device device, Variation variation) {
        super(completed);
        this.device = device;
        this.variation = variation;
    }

    public static SynapseArray create(Props p) {
        Props c = Schema.of(SynapseArray.class).complete(p);
        Device d = c.object("device", Device.class);
        Variability v = c.object("variability", Variability.class, null);
        if (c.integer("rows") * (double) c.integer("cols") > Integer.MAX_VALUE) {
            throw RuntimeFailure.invalidProperty("rows", c.owner() + ": rows * cols = " + c.integer("rows") * c.integer("cols") + " devices is more than one array can index");
        }
        return new SynapseArray(c, d, Variation.of(c.owner(), v, d));
    }

    @Prop(required = true, doc = "The device design every cell is an instance of.")
    public Device device() { return device; }

    @Prop(required = true, check = "> 0", doc = "Rows of the tile.")
    public long rows() { return props().integer("rows"); }

    @Prop(required = true, check = "> 0", doc = "Columns of the tile.")
    public long cols() { return props().integer("cols"); }

    @Prop(doc = "Relative standard deviation per property name; each device instance draws its own value, Gaussian, truncated to stay positive.")
    public Variability variability() { return props().object("variability", Variability.class); }

    @Prop(def = 0, defaultDoc = "0", check = ">= 0", doc = "Relative Gaussian noise on each read.")
    public double readNoise() { return props().real("readNoise"); }

    @Prop(name = "Vgate", dim = "V", doc = "Gate voltage of a consolidation (gate) operation.")
    public double Vgate() { return props().real("Vgate"); }

    @Prop(dim = "s", check = ">= 0", doc = "Duration of a write pulse.")
    public double pulse() { return props().real("pulse"); }

    @Prop(dim = "s", def = 1e-3, defaultDoc = "1 ms", check = ">= 0", doc = "Duration of one gate operation (consolidation at +Vgate, de-consolidation at -Vgate, or one analog pulse).")
    public double gatePulse() { return props().real("gatePulse"); }

    @Prop(check = "> 0", defaultDoc = "the optimizer's lr",
            doc = "The optimizer step that one device operation stands for: a step u becomes stochastic_round(|u| / quantum) operations (§10.3).")
    public double quantum() {
        if (!props().has("quantum")) throw RuntimeFailure.invalid(describe() + ": `quantum` is not set (in training it defaults to the optimizer's lr)");
        return props().real("quantum");
    }

    /** The array's quantum, or NaN when it takes the optimizer's lr. */
    public double quantumOrNaN() { return props().real("quantum", Double.NaN); }

    /** The write operating point's {@code name}, or NaN when unset. */
    public double operatingPoint(String name) { return props().real(name, Double.NaN); }

    @Prop(name = "size", derived = true, doc = "rows * cols: the number of devices of one tile.")
    public long sizeProp() { return rows() * cols(); }

    @Index(doc = "Device k of the tile (0 <= k < size), with its own draw of the variability from the run's seed.")
    public Device at(long k) {
        if (k < 0 || k >= size()) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0002, describe() + "[" + k + "]: the index is outside 0.." + (size() - 1));
        }
        return instance(PhysicsSeed.get(), k);
    }

    @Prop(dim = "A", doc = "Write current.")
    public double current() { return props().real("current"); }

    @Prop(dim = "T", doc = "In-plane field during writes.")
    public double field() { return props().real("field"); }

    @Builtin(doc = "Devices 0 … count-1 of the array with their own drawn parameters (seed: the run's): the first tile row-major, "
            + "then the devices of the next tiles a network on the array uses (§10.3).")
    public static Device[] devices(@Param(name = "array") SynapseArray array, @Param(name = "count") long count) {
        if (count < 0 || count > 1 << 24) throw RuntimeFailure.invalid("devices: count must be in 0..16777216, got " + count);
        long seed = PhysicsSeed.get();
        Device[] out = new Device[(int) count];
        for (int k = 0; k < out.length; k++) out[k] = array.instance(seed, k);
        return out;
    }

    /** rows * cols. */
    public int size() { return (int) (rows() * cols()); }

    /**
     * Device {@code index} of the run with {@code seed}: the design with its own draw of every
     * varied property, and its own random key for the stochastic models. The same
     * (seed, index) always gives the same device.
     */
    public Device instance(long seed, long index) {
        if (index < 0) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0002, describe() + ": device index " + index + " is negative");
        }
        return variation.apply(device, variation.factors(seed, index), index);
    }

    /** The flat numbers of device {@code index}, without building it: the array kernel's path. */
    DeviceParams instanceParams(long seed, long index) {
        return variation.apply(device.params(), variation.factors(seed, index));
    }

    Variation variation() { return variation; }
}
