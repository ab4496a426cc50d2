package org.metaspin.runtime.physics;

import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A synapse device (§8.4): a stack patterned to a shape, with its model, gate and read-out.
 * Its numbers are flattened once into {@link DeviceParams}; the methods here turn a missing
 * number into an R0005 that names the device, the part and the property.
 */
@DomainType(name = "Device", kind = "device",
        doc = "A spintronic synapse: stack, shape, temperature, attempt time, nucleation size, model, magneto-ionic gate and read-out.")
public final class Device extends KindValue {
    /** Keeps the random keys of named devices apart from array indices (0, 1, 2, …). */
    private static final long NAMED_KEY_DOMAIN = 0x4E41_4D45_0000_0000L;

    private static final Read DEFAULT_READ = Read.tmr(5e3, 1.5);

    private final Stack stack;
    private final Shape shape;
    private final Model model;
    private final Gate gate; // null: no gate
    private final Read read;
    private final DeviceParams params;
    private final long randomKey;

    private Device(Props completed, long randomKey) {
        super(completed);
        this.stack = completed.object("stack", Stack.class);
        this.shape = completed.object("shape", Shape.class);
        this.model = completed.object("model", Model.class, Model.Compact.INSTANCE);
        this.gate = completed.object("gate", Gate.class, null);
        this.read = completed.object("read", Read.class, DEFAULT_READ);
        this.params = flatten(completed);
        this.randomKey = randomKey;
    }

    public static Device create(Props p) {
        Props c = Schema.of(Device.class).complete(p);
        return new Device(c, NAMED_KEY_DOMAIN ^ (c.owner().hashCode() & 0xFFFF_FFFFL));
    }

    /** The device instance number {@code index} of an array: same physics, own random key. */
    static Device instance(Props completed, long index) {
        return new Device(Schema.of(Device.class).complete(completed), index);
    }

    private DeviceParams flatten(Props c) {
        DeviceParams d = new DeviceParams();
        Material free = stack.free();
        d.ms = opt(free, "Ms");
        d.ku = free.has("Ku") ? free.Ku() : 0;
        d.aex = opt(free, "Aex");
        d.alpha = opt(free, "alpha");
        d.tt = opt(free, "Tt");
        d.dTtdB = opt(free, "dTt_dB");
        d.tc = opt(free, "Tc");
        d.cv = opt(free, "cv");
        d.ks = stack.Ks();
        d.tFree = stack.tFree();
        d.dKs = gate == null ? 0 : gate.dKs();
        d.levels = gate == null ? 0 : gate.levels();
        d.gateTau = gate == null ? Double.NaN : gate.tau();
        d.gateV0 = gate == null ? Double.NaN : gate.V0();
        d.gateVs = gate == null ? Double.NaN : gate.Vs();
        d.gateRetention = gate == null ? Double.NaN : gate.retention();
        d.vth = gate == null ? Double.NaN : gate.Vth();
        d.ea = gate == null ? Double.NaN : gate.Ea();
        d.qIon = gate == null ? Double.NaN : gate.qIon();
        d.form = shape.form();
        d.shapeA = shape.a();
        d.shapeB = shape.b();
        d.area = shape.area();
        d.width = shape.width();
        d.wChFromShape = !c.has("channelWidth");
        d.lChFromShape = !c.has("channelLength");
        d.wCh = d.wChFromShape ? shape.width() : c.real("channelWidth");
        d.lCh = d.lChFromShape ? shape.width() : c.real("channelLength");
        d.dNuc = c.real("dNuc");
        d.temperature = c.real("T");
        d.tau0 = c.has("tau0") ? c.real("tau0") : Double.NaN;
        d.eta = c.real("eta");
        d.bdet = c.real("Bdet");
        d.xiFL = c.real("xiFL");
        int ch = stack.channelIndex();
        d.thetaSH = ch < 0 ? Double.NaN : opt(stack.layerAt(ch).material(), "thetaSH");
        d.rho = ch < 0 ? Double.NaN : opt(stack.layerAt(ch).material(), "rho");
        d.tCh = ch < 0 ? Double.NaN : stack.layerAt(ch).thickness();
        int g = stack.gateIndex();
        d.epsR = g < 0 ? Double.NaN : opt(stack.layerAt(g).material(), "epsR");
        d.tGate = g < 0 ? Double.NaN : stack.layerAt(g).thickness();
        d.derive();
        return d;
    }

    private static double opt(Material m, String name) {
        return m.has(name) ? m.props().real(name) : Double.NaN;
    }

    // ---- properties -------------------------------------------------------------------

    @Prop(required = true, doc = "The layer stack.")
    public Stack stack() { return stack; }

    @Prop(required = true, doc = "Lateral shape of the free layer.")
    public Shape shape() { return shape; }

    @Prop(dim = "m", check = "> 0", defaultDoc = "shape.width", doc = "Width of the write channel.")
    public double channelWidth() { return params.wCh; }

    @Prop(dim = "m", check = "> 0", defaultDoc = "shape.width", doc = "Length of the write channel (for its resistance).")
    public double channelLength() { return params.lCh; }

    @Prop(name = "T", dim = "K", def = 300, defaultDoc = "300 K", check = ">= 0", doc = "Temperature.")
    public double T() { return params.temperature; }

    @Prop(dim = "s", check = "> 0", defaultDoc = "Brown's: tauD * sqrt(pi / max(Delta, 1)), tauD = (1 + alpha^2) / (alpha * gamma * mu0 * Hk)",
            doc = "Attempt time of thermal activation at h = 0 and zero field; unset, Brown's from the damping and the anisotropy field (§9.1; `attempt_time` gives it at other h and fields).")
    public double tau0() {
        return Double.isNaN(params.tau0) ? Switching.attempt_time(this, 0, 0) : params.tau0;
    }

    @Prop(def = 1.0 / 3, defaultDoc = "1/3", check = "(0, 1]",
            doc = "Real SOT threshold over the macrospin one: nucleation and domain-wall motion switch at 3-4 times less current (Garello et al., APL 105, 212402, 2014); 1 is Lee's macrospin threshold.")
    public double eta() { return params.eta; }

    @Prop(name = "Bdet", dim = "T", def = 0.01, defaultDoc = "10 mT", check = "> 0",
            doc = "In-plane field above which a current writes one state deterministically; below it the write is deterministic in proportion |Bx| / Bdet (an assumption of the order of SOT experiments' fields; set it from measurement).")
    public double Bdet() { return params.bdet; }

    @Prop(dim = "m", def = 30e-9, defaultDoc = "30 nm", check = "> 0",
            doc = "Nucleation diameter: a wider free layer switches by nucleating a domain this size (Sato et al., APL 105, 062403, 2014).")
    public double dNuc() { return params.dNuc; }

    @Prop(defaultDoc = "compact()", doc = "The physics model: compact(), macrospin(…), phase(…) or analog(…).")
    public Model model() { return model; }

    @Prop(doc = "Magneto-ionic gate; optional.")
    public Gate gate() {
        if (gate == null) throw RuntimeFailure.missing(describe() + " has no `gate`: the property is not set");
        return gate;
    }

    @Prop(defaultDoc = "tmr(Rp = 5 kOhm, ratio = 150 %)", doc = "Read-out: tmr(Rp, ratio) or ahe(R).")
    public Read read() { return read; }

    @Prop(def = 0, defaultDoc = "0", doc = "Field-like / damping-like torque ratio (macrospin).")
    public double xiFL() { return params.xiFL; }

    @Prop(dim = "m^3", derived = true, doc = "shape.area * stack.tFree.")
    public double volume() { return params.area * params.tFree; }

    @Prop(dim = "m^3", derived = true, doc = "min(shape.area, pi * dNuc^2 / 4, shape.width * dNuc) * stack.tFree.")
    public double activationVolume() { return params.activationVolume(); }

    @Prop(name = "Nd", derived = true,
            doc = "Nz - (Nx + Ny) / 2 of the free layer's magnetometric demagnetizing factors: cylinder (Joseph 1966) for a disk, prism (Aharoni 1998) for a rect, the disk of equal area for an ellipse; 1 for a continuous film.")
    public double Nd() { return params.nd; }

    @Prop(name = "Keff", dim = "J/m^3", derived = true,
            doc = "The device's effective anisotropy at h = 0: Ku(T) + Ks(T) / tFree - Nd * mu0 * Ms(T)^2 / 2 (shape and temperature included; positive: perpendicular).")
    public double Keff() { return keffSeen(0); }

    @Prop(name = "Hk", dim = "A/m", derived = true, doc = "The device's anisotropy field 2 * Keff / (mu0 * Ms(T)) at h = 0.")
    public double Hk() { return Anisotropy.hk(keffSeen(0), msAt()); }

    @Prop(derived = true, doc = "Thermal stability Keff * activationVolume / (kB * T) of the device at h = 0 and zero field.")
    public double Delta() { return delta(0); }

    @Prop(dim = "A", derived = true, doc = "Critical SOT current at zero in-plane field and h = 0: Lee's (APL 102, 112410, 2013) times eta.")
    public double Ic0() { return Switching.critical_current(this, 0, 0); }

    @Prop(dim = "s", derived = true,
            doc = "tau0 * exp(Delta): mean time between thermal reversals at h = 0 (+infinity at T = 0; 0 s for an in-plane free layer).")
    public double retention() {
        double delta = Delta();
        if (delta == Double.POSITIVE_INFINITY) return delta;
        if (!(delta > 0)) return 0;
        return tau0() * Math.exp(delta);
    }

    // ---- what the models read ---------------------------------------------------------

    DeviceParams params() { return params; }

    long randomKey() { return randomKey; }

    boolean hasGate() { return gate != null; }

    /** {@code h} checked against [0, 1] and rounded to the gate's levels (§9.2). */
    double hSeen(double h) {
        ArgumentChecks.hiddenState(describe(), h);
        return Anisotropy.quantize(h, params.levels);
    }

    double ms() {
        if (Double.isNaN(params.ms)) throw missing("free", stack.free(), "Ms");
        return params.ms;
    }

    /** R0005 unless the device is below its free layer's Curie temperature (§9.1). */
    void requireBelowCurie() {
        if (Double.isNaN(params.reducedMagnetization())) {
            throw RuntimeFailure.invalid(describe() + ": " + ArgumentChecks.atOrAboveCurie(params.temperature, params.tc)
                    + " of the free material " + Stack.name(stack.free()) + "; the model has no magnet there");
        }
    }

    /** {@code Ms(T)}: R0005 when unset or at or above the Curie temperature. */
    double msAt() {
        ms();
        requireBelowCurie();
        return params.msAt();
    }

    /** Keff at a hidden state already checked and rounded, at the device's temperature. */
    double keffSeen(double hSeen) {
        msAt();
        return params.keff(hSeen);
    }

    double delta(double h) {
        return Anisotropy.delta(keffSeen(hSeen(h)), params.activationVolume(), params.temperature);
    }

    double alpha() {
        if (Double.isNaN(params.alpha)) throw missing("free", stack.free(), "alpha");
        return params.alpha;
    }

    /** Spin Hall angle of the channel; R0005 without a channel or without the property. */
    double thetaSH() {
        if (Double.isNaN(params.tCh)) throw noChannel();
        if (Double.isNaN(params.thetaSH)) throw missing("channel", stack.channel(), "thetaSH");
        return params.thetaSH;
    }

    double rho() {
        if (Double.isNaN(params.tCh)) throw noChannel();
        if (Double.isNaN(params.rho)) throw missing("channel", stack.channel(), "rho");
        return params.rho;
    }

    double tChannel() {
        if (Double.isNaN(params.tCh)) throw noChannel();
        return params.tCh;
    }

    /** R0005 unless the free layer is perpendicular at this hidden state (§9.1). */
    void requirePerpendicular(String operation, double keff) {
        if (!(keff > 0)) {
            throw RuntimeFailure.invalid(describe() + ": " + operation + " needs a perpendicular free layer, but Keff = "
                    + QuantityFormat.format(keff, ArgumentChecks.ENERGY_DENSITY) + " <= 0 (in-plane)");
        }
    }

    RuntimeFailure missing(String role, Material m, String property) {
        return RuntimeFailure.missing(describe() + ": the " + role + " material " + Stack.name(m) + " has no `" + property + "`");
    }

    private RuntimeFailure noChannel() {
        return RuntimeFailure.missing(describe() + ": " + stack.describe() + " has no write channel below the free layer; set `channel`");
    }
}
