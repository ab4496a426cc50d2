package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Json;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.learn.net.DeviceStats;
import org.metaspin.runtime.learn.train.AccuracyRecorder;
import org.metaspin.runtime.learn.train.DeviceRecorder;
import org.metaspin.runtime.physics.PhysicsSeed;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * One recorded experiment (§11): a protocol call. It owns its results directory: run.json
 * (rewritten atomically when the run starts, after each `evaluate` and when it ends),
 * records.csv (appended row by row), accuracy.csv and the accuracy plots (rewritten
 * atomically after each `evaluate`). A run that stops part way keeps what it finished, and
 * one stopped by SIGINT or SIGTERM says {@code interrupted} ({@link ActiveRuns}).
 */
public final class Run implements RunResult {
    private static final InheritableThreadLocal<Run> CURRENT = new InheritableThreadLocal<>();
    private static final ThreadLocal<RunResult> LAST = new ThreadLocal<>();

    static {
        Progress.install();
    }

    private final String protocol;
    private final RunArguments args;
    private final long seed;
    private final Instant start = Instant.now();
    private final long startNanos = System.nanoTime();
    private final Path dir;
    private final Run outer;
    private final RecordsCsv records;
    private final Map<String, Measure> lastRecords = new LinkedHashMap<>();
    private final AccuracyMatrix accuracy = new AccuracyMatrix();
    private final Map<String, Double> energy = new LinkedHashMap<>();
    private final Map<String, Object> provenance;
    private String status = "running";
    private Instant end;
    private Map<String, Object> error;
    private boolean trained;
    private boolean closed;
    private AccuracyRecorder previousRecorder;
    private DeviceRecorder previousDeviceRecorder;
    private long previousSeed;

    private Run(String protocol, RunArguments args, long seed, Run outer, Path dir) throws IOException {
        this.protocol = protocol;
        this.args = args;
        this.seed = seed;
        this.outer = outer;
        this.dir = dir;
        this.records = new RecordsCsv(dir.resolve("records.csv"));
        this.provenance = Provenance.of(RunSettings.source(), RunSettings.commandLine());
    }

    /** The run the current thread works for, or null outside a protocol. */
    public static Run current() { return CURRENT.get(); }

    /**
     * Starts a run of {@code protocol}; generated code calls it on entry to a protocol, with
     * the packed dimension of each argument (0 for dimensionless and non-quantities). Returns
     * true when --resume found a finished run of the same source, arguments and seed: that
     * run stands for this one and the protocol's body is skipped.
     */
    public static boolean start(String protocol, String[] names, Object[] values, long[] dims) {
        Run outer = CURRENT.get();
        for (Run o = outer; o != null; o = o.outer) {
            if (o.protocol.equals(protocol)) {
                // each level would be a new run directory: recursion would fill the disk
                throw RuntimeFailure.invalid("protocol " + protocol + " runs itself (from inside its own run in "
                        + o.dir + "): a protocol is an experiment, call a fn for the recursive part");
            }
        }
        RunArguments a = new RunArguments(names, values, dims);
        if (outer == null && !Progress.inSweep() && !plainRunIsOurs(protocol, a)) {
            LAST.remove();
            return true;
        }
        long seed = a.seed(RunSettings.seed());
        Path out = ProgramScope.current().out();
        if (RunSettings.resume()) {
            ResumedRun reused = ResumedRun.find(out.resolve(protocol), a.key(protocol, seed));
            if (reused != null) {
                LAST.set(reused);
                Progress.reused(protocol, a, reused);
                return true;
            }
        }
        Run r;
        try {
            r = new Run(protocol, a, seed, outer, RunDirectory.create(out.resolve(protocol), "", Instant.now()));
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot create a run directory under "
                    + out.resolve(protocol) + ": " + e.getMessage());
        }
        CURRENT.set(r);
        ActiveRuns.add(r);
        r.previousSeed = PhysicsSeed.get();
        PhysicsSeed.set(seed);
        r.previousRecorder = AccuracyRecorder.install((net, tasks, row) -> r.accuracyRow(row));
        r.previousDeviceRecorder = DeviceRecorder.install((net, task, during) -> r.deviceTrained(during));
        r.save();
        Progress.started(r);
        return false;
    }

    /**
     * Whether this process runs a plain top-level run (not a sweep's point, not inside a run):
     * the j-th of them belongs to shard {@code j mod N + 1} ({@link Shard}); a machine that
     * runs one point of a distributed sweep runs none of them (the driver does).
     */
    private static boolean plainRunIsOurs(String protocol, RunArguments a) {
        ProgramScope scope = ProgramScope.current();
        if (scope.point() != null) return false;
        int j = scope.nextPlainRun();
        Shard shard = RunSettings.shard();
        if (shard.owns(j)) return true;
        Progress.note("run " + protocol + "(" + a.display() + "): shard " + (j % shard.count() + 1) + "/" + shard.count()
                + " runs it, not this shard (" + shard + ")");
        return false;
    }

    /** Ends the current run; {@code failure} is null when it finished normally. */
    public static void end(Throwable failure) {
        Run r = CURRENT.get();
        if (r == null) return;
        LAST.set(r);
        AccuracyRecorder.install(r.previousRecorder);
        DeviceRecorder.install(r.previousDeviceRecorder);
        PhysicsSeed.set(r.previousSeed);
        CURRENT.set(r.outer);
        synchronized (r) {
            // after a signal the shutdown hook closes the run as interrupted: what fails meanwhile is the shutdown's doing
            if (r.closed || ActiveRuns.stopping() || (failure != null && ActiveRuns.shuttingDown())) return;
            r.status = failure == null ? "finished" : "failed";
            if (failure != null) r.error = Failures.describe(failure);
            r.end = Instant.now();
            r.closeRecords();
            try {
                r.save();
            } catch (RuntimeFailure e) {
                // a failing run reports its own error, not a later one about its files
                if (failure == null) throw e;
            }
            r.closed = true;
        }
        ActiveRuns.remove(r);
        Progress.ended(r);
    }

    /** SIGINT or SIGTERM: the process is ending with this run open. */
    synchronized void interrupted() {
        if (closed) return;
        status = "interrupted";
        end = Instant.now();
        closeRecords();
        save(); // on the shutdown hook a failure to write is told on standard error, not thrown
        closed = true;
    }

    /** The run that most recently ended (or was reused) on this thread: a sweep reads its metrics. */
    static RunResult lastFinished() { return LAST.get(); }

    /** Before a sweep's point: what ended before on this thread is not the point's run. */
    static void forgetLast() { LAST.remove(); }

    public String protocol() { return protocol; }

    /** The arguments as the program gave them (SI values). */
    public Map<String, Object> arguments() { return args.values(); }

    RunArguments args() { return args; }

    public Instant start() { return start; }

    @Override
    public Path directory() { return dir; }

    public long seed() { return seed; }

    @Override
    public synchronized String status() { return status; }

    /** Seconds since the run started. */
    double elapsed() { return (System.nanoTime() - startNanos) / 1e9; }

    /** A `record(name, value, step)` row; {@code dim} is the value's packed dimension. */
    public synchronized void record(String name, double value, long step, long dim) {
        if (closed || ActiveRuns.stopping()) return;
        try {
            records.append(step, elapsed(), name, value, dim);
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot append to " + dir.resolve("records.csv") + ": " + e.getMessage());
        }
        lastRecords.put(name, new Measure(value, dim));
    }

    public void record(String name, double value) { record(name, value, -1, 0); }

    /** A `train` call of this run began: later `evaluate`s are rows of R, not the baseline (§10.4). */
    synchronized void trainingStarted() { trained = true; }

    /** The next row of the accuracy matrix R (or the baseline b), from `evaluate` (§10.4). */
    public void accuracyRow(double[] row) {
        List<Figure> figures;
        synchronized (this) {
            if (closed || ActiveRuns.stopping()) return;
            boolean baseline = accuracy.add(row, trained);
            Progress.evaluated(this, baseline ? "baseline" : "evaluation " + accuracy.rows().size(), row);
            try {
                AtomicFiles.writeString(dir.resolve("accuracy.csv"), accuracy.csv());
            } catch (IOException e) {
                if (ActiveRuns.stopping()) return;
                throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + dir.resolve("accuracy.csv") + ": " + e.getMessage());
            }
            figures = AccuracyPlots.figures(this, dir, accuracy);
            save();
        }
        for (Figure f : figures) {
            try {
                write(f);
            } catch (IOException e) {
                if (ActiveRuns.stopping()) return;
                throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + f.file() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Writes a figure of this run: drawn first, without the run's lock, since drawing can block
     * once the JVM shuts down (fonts and images have their own shutdown hooks) and the signal's
     * hook needs the lock to close the run; then written under it, like every file of the run.
     */
    void write(Figure f) throws IOException {
        byte[] bytes = Plots.render(f.file(), f.chart(), f.width(), f.height());
        synchronized (this) {
            if (ActiveRuns.stopping()) return;
            AtomicFiles.write(f.file(), bytes);
        }
    }

    /** Adds device energy of one kind to run.json's {@code energy} object (device in the loop, §10.3). */
    public synchronized void addEnergy(String name, double amount) {
        energy.merge(name, amount, Double::sum);
    }

    private static final long JOULE = UnitParser.parseDimension("J").pack();

    /**
     * A `train` call of a network on devices ended (§10.3): its operations and energies become
     * records (one row of each per call) and add to run.json's {@code energy}; the run's final
     * value of each is the total over its calls.
     */
    synchronized void deviceTrained(DeviceStats d) {
        record("writes", d.writes(), -1, 0);
        record("flips", d.flips(), -1, 0);
        record("gates", d.gates(), -1, 0);
        record("writeEnergy", d.writeEnergy(), -1, JOULE);
        record("gateEnergy", d.gateEnergy(), -1, JOULE);
        addEnergy("writes", d.writes());
        addEnergy("flips", d.flips());
        addEnergy("gates", d.gates());
        addEnergy("writeEnergy_J", d.writeEnergy());
        addEnergy("gateEnergy_J", d.gateEnergy());
        addEnergy("energy_J", d.energy());
        // records.csv keeps one row per call; the run's final value of a device counter is its
        // total, so the finish line, run.json's records and `metaspin runs` never show one call
        // as if it were the run
        for (String n : List.of("writes", "flips", "gates")) lastRecords.put(n, new Measure(energy.get(n), 0));
        lastRecords.put("writeEnergy", new Measure(energy.get("writeEnergy_J"), JOULE));
        lastRecords.put("gateEnergy", new Measure(energy.get("gateEnergy_J"), JOULE));
        save();
    }

    public synchronized List<double[]> accuracyMatrix() { return accuracy.rows(); }

    /** run.json's {@code energy}: the device totals of the run so far (empty without device synapses). */
    synchronized Map<String, Double> deviceTotals() { return Map.copyOf(energy); }

    /** The final metrics of §10.4 and the last value of each record, as the sweep table shows them. */
    @Override
    public synchronized Map<String, Object> finalMetrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        accuracy.metrics(m, new LinkedHashMap<>());
        m.putAll(lastRecords);
        return m;
    }

    /** The run's title for figures: protocol and arguments in display units. */
    String title() { return protocol + "(" + args.display() + ")"; }

    private void closeRecords() {
        try {
            records.close();
        } catch (IOException e) {
            // every row was flushed when written; closing adds nothing to lose
        }
    }

    private synchronized void save() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("protocol", protocol);
        j.put("status", status);
        if (error != null) j.put("error", error);
        j.put("arguments", args.json());
        j.put("seed", seed);
        j.put("threads", WorkerPool.shared().threads());
        j.put("version", RunSettings.version());
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("path", RunSettings.source());
        src.put("sha256", RunSettings.sourceHash());
        Object commit = provenance.get("git_commit");
        if (commit != null) src.put("git_commit", commit);
        j.put("source", src);
        for (Map.Entry<String, Object> e : provenance.entrySet()) if (!e.getKey().equals("git_commit")) j.put(e.getKey(), e.getValue());
        j.put("start", start.toString());
        if (end != null) j.put("end", end.toString());
        j.put("duration_s", Duration.between(start, end != null ? end : Instant.now()).toNanos() / 1e9);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        String note = accuracy.metrics(metrics, missing);
        j.put("metrics", metrics);
        if (!missing.isEmpty()) j.put("metrics_missing", missing);
        if (note != null) j.put("metrics_note", note);
        if (accuracy.baseline() != null) j.put("baseline", accuracy.baseline());
        Map<String, Object> last = new LinkedHashMap<>();
        lastRecords.forEach((k, v) -> last.put(k, v.json()));
        j.put("records", last);
        j.put("energy", energy);
        j.put("key", args.key(protocol, seed));
        try {
            AtomicFiles.writeString(dir.resolve("run.json"), Json.write(j, true) + "\n");
        } catch (IOException e) {
            if (ActiveRuns.stopping()) {
                // The signal's own record of the run: nobody is left to raise an error to, but
                // the user must learn that run.json still says what it said before.
                if (ActiveRuns.onHookThread()) {
                    System.err.println("metaspin: cannot record run " + dir + " as " + status + ": cannot write " + dir.resolve("run.json")
                            + " (" + e.getMessage() + "); its run.json is as the run last wrote it");
                }
                return;
            }
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + dir.resolve("run.json") + ": " + e.getMessage());
        }
    }
}
