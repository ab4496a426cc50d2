package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Json;
import org.metaspin.runtime.learn.train.AccuracyRecorder;
import org.metaspin.runtime.learn.train.Metrics;
import org.metaspin.runtime.physics.PhysicsSeed;

/**
 * One recorded experiment (§11): a protocol call. It owns its results directory and
 * writes {@code run.json}, {@code records.csv}, {@code accuracy.csv} and the accuracy plots
 * there; every file is rewritten atomically after each change of its content, so a run that
 * stops part way keeps what it finished.
 */
public final class Run {
    private static final InheritableThreadLocal<Run> CURRENT = new InheritableThreadLocal<>();
    private static final ThreadLocal<Run> LAST = new ThreadLocal<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String protocol;
    private final Map<String, Object> arguments;
    private final long seed;
    private final Instant start = Instant.now();
    private final Path dir;
    private final Run outer;
    private final List<String[]> records = new ArrayList<>();
    private final List<double[]> accuracy = new ArrayList<>();
    private final Map<String, Double> last = new LinkedHashMap<>();
    private double energy;
    private String status = "running";
    private AccuracyRecorder previousRecorder;
    private long previousSeed;

    private Run(String protocol, Map<String, Object> arguments, long seed, Run outer) {
        this.protocol = protocol;
        this.arguments = arguments;
        this.seed = seed;
        this.outer = outer;
        String id = STAMP.format(start) + "-" + String.format("%04d", IDS.incrementAndGet() % 10000)
                + Long.toHexString(System.nanoTime() & 0xfff);
        this.dir = RunSettings.out().resolve(protocol).resolve(id);
    }

    /** The run the current thread works for, or null outside a protocol. */
    public static Run current() { return CURRENT.get(); }

    /** Starts a run of {@code protocol}; generated code calls it on entry to a protocol. */
    public static Run begin(String protocol, String[] names, Object[] values) {
        Map<String, Object> args = new LinkedHashMap<>();
        long seed = RunSettings.seed();
        for (int i = 0; i < names.length; i++) {
            args.put(names[i], values[i]);
            if (names[i].equals("seed") && values[i] instanceof Long s) seed = s;
        }
        Run r = new Run(protocol, args, seed, CURRENT.get());
        CURRENT.set(r);
        r.previousSeed = PhysicsSeed.get();
        PhysicsSeed.set(seed);
        r.previousRecorder = AccuracyRecorder.install((net, tasks, row) -> r.accuracyRow(row));
        r.save();
        Progress.started(r);
        return r;
    }

    /** Ends the current run; {@code failure} is null when it finished normally. */
    public static void end(Throwable failure) {
        Run r = CURRENT.get();
        if (r == null) return;
        r.status = failure == null ? "finished" : "stopped: " + failure.getMessage();
        LAST.set(r);
        Progress.ended(r, failure);
        AccuracyRecorder.install(r.previousRecorder);
        PhysicsSeed.set(r.previousSeed);
        CURRENT.set(r.outer);
        try {
            r.save();
        } catch (RuntimeFailure e) {
            // a failing run reports its own error, not a later one about its files
            if (failure == null) throw e;
        }
    }

    /** The run that most recently ended on this thread (a sweep reads its metrics). */
    public static Run lastFinished() { return LAST.get(); }

    /** The final metrics as run.json reports them. */
    public synchronized Map<String, Object> finalMetrics() { return metrics(); }

    public String protocol() { return protocol; }

    public Map<String, Object> arguments() { return arguments; }

    public Instant start() { return start; }

    public Path directory() { return dir; }

    public long seed() { return seed; }

    public synchronized void record(String name, double value) {
        records.add(new String[] {Integer.toString(records.size()), name, Double.toString(value)});
        last.put(name, value);
        saveRecords();
    }

    /** The next row of the accuracy matrix R (§10.4), from `evaluate`. */
    public synchronized void accuracyRow(double[] row) {
        accuracy.add(row.clone());
        Progress.evaluated(this, accuracy.size(), row);
        saveAccuracy();
        save();
    }

    public synchronized void addEnergy(double joules) {
        energy += joules;
    }

    public synchronized List<double[]> accuracyMatrix() { return List.copyOf(accuracy); }

    private synchronized void save() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", protocol);
        j.put("arguments", arguments);
        j.put("seed", seed);
        j.put("version", RunSettings.version());
        j.put("source", RunSettings.source());
        j.put("sourceHash", RunSettings.sourceHash());
        j.put("start", start.toString());
        j.put("duration_s", Duration.between(start, Instant.now()).toNanos() / 1e9);
        j.put("status", status);
        j.put("metrics", metrics());
        j.put("energy_J", energy);
        try {
            AtomicFiles.writeString(dir.resolve("run.json"), Json.write(j, true) + "\n");
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + dir.resolve("run.json") + ": " + e.getMessage());
        }
    }

    private Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>(last);
        // the metrics of §10.4 are defined once every task has been trained: R is square
        if (!accuracy.isEmpty() && accuracy.stream().allMatch(row -> row.length == accuracy.size())) {
            double[][] r = accuracy.toArray(new double[0][]);
            m.put("acc", Metrics.acc(r));
            if (r.length > 1) {
                m.put("bwt", Metrics.bwt(r));
                m.put("forgetting", Metrics.forgetting(r));
            }
        }
        return m;
    }

    private void saveRecords() {
        StringBuilder sb = new StringBuilder("index,name,value\n");
        for (String[] r : records) sb.append(r[0]).append(',').append(csv(r[1])).append(',').append(r[2]).append('\n');
        try {
            AtomicFiles.writeString(dir.resolve("records.csv"), sb.toString());
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + dir.resolve("records.csv") + ": " + e.getMessage());
        }
    }

    private void saveAccuracy() {
        int tasks = accuracy.stream().mapToInt(a -> a.length).max().orElse(0);
        StringBuilder sb = new StringBuilder("after");
        for (int j = 0; j < tasks; j++) sb.append(",task").append(j);
        sb.append('\n');
        for (int i = 0; i < accuracy.size(); i++) {
            sb.append(i);
            for (double v : accuracy.get(i)) sb.append(',').append(v);
            sb.append('\n');
        }
        try {
            AtomicFiles.writeString(dir.resolve("accuracy.csv"), sb.toString());
            double[] x = new double[accuracy.size()];
            for (int i = 0; i < x.length; i++) x[i] = i;
            double[][] ys = new double[tasks][accuracy.size()];
            String[] names = new String[tasks];
            for (int j = 0; j < tasks; j++) {
                names[j] = "task " + j;
                for (int i = 0; i < accuracy.size(); i++) ys[j][i] = j < accuracy.get(i).length ? accuracy.get(i)[j] : Double.NaN;
            }
            for (String f : List.of("accuracy.png", "accuracy.svg")) {
                Plots.line(dir.resolve(f), protocol + ": test accuracy", "evaluation", "accuracy", names, x, ys);
            }
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the accuracy files in " + dir + ": " + e.getMessage());
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
