package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.lang.Json;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * `sweep P(p = [v1, v2], q = 1..4)` (§11): every combination of the given values is its own
 * run, in parallel on this machine's cores. The sweep has its own directory,
 * {@code sweep-<timestamp>-<id>}, with sweep.json (its runs) and summary.csv (one row per
 * run: arguments, final metrics, last records), and prints the same table in display units;
 * when it varies {@code seed}, mean and standard deviation over the seeds of each other
 * combination follow. Runs are independent, so a failed one leaves the others (and its own
 * finished files) in place; the first failure is raised after the table.
 */
public final class Sweep {
    private Sweep() {}

    /** {@code dims}: for each parameter, the packed dimension of its values (for the table), 0 otherwise. */
    public static void run(String protocol, String[] names, Object[] lists, long[] dims, SweepBody body) throws Throwable {
        int n = names.length;
        int[] sizes = new int[n];
        long total = 1;
        for (int k = 0; k < n; k++) {
            sizes[k] = lists[k] == null ? 1 : Array.getLength(lists[k]);
            total *= sizes[k];
        }
        if (total == 0) {
            Console.println("sweep " + protocol + ": no combination to run (an empty list of values)");
            return;
        }
        List<int[]> combos = new ArrayList<>();
        int[] idx = new int[n];
        for (long c = 0; c < total; c++) {
            combos.add(idx.clone());
            for (int k = n - 1; k >= 0; k--) {
                if (++idx[k] < sizes[k]) break;
                idx[k] = 0;
            }
        }
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        Path dir;
        try {
            dir = RunDirectory.create(RunSettings.out().resolve(protocol), "sweep-", start);
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot create the sweep's directory under "
                    + RunSettings.out().resolve(protocol) + ": " + e.getMessage());
        }
        SweepTable table = new SweepTable(protocol, names, lists, dims, combos);
        Progress.sweepStarted(protocol, combos.size(), dir);
        int threads = Math.max(1, Math.min(combos.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-" + protocol);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        List<Future<RunResult>> futures = new ArrayList<>();
        try {
            for (int c = 0; c < combos.size(); c++) {
                int[] combo = combos.get(c);
                String what = protocol + "(" + table.display(c) + ")";
                futures.add(pool.submit(() -> {
                    Progress.inSweep(true);
                    Run.forgetLast();
                    RunResult result = null;
                    try {
                        body.run(lists, combo);
                        result = Run.lastFinished();
                        return result;
                    } finally {
                        if (result == null) result = Run.lastFinished(); // a failed run, if it got as far as its directory
                        Progress.inSweep(false);
                        Progress.sweepRunEnded(done.incrementAndGet(), combos.size(), (System.nanoTime() - t0) / 1e9, what, result);
                    }
                }));
            }
            Throwable first = null;
            List<RunResult> runs = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                try {
                    runs.add(f.get());
                    failures.add(null);
                } catch (java.util.concurrent.ExecutionException e) {
                    runs.add(null);
                    failures.add(Failures.describe(e.getCause()).get("code") + ": " + e.getCause().getMessage());
                    if (first == null) first = e.getCause();
                }
            }
            table.fill(runs, failures);
            writeRecord(dir, protocol, start, table, runs, failures);
            Console.println("sweep " + protocol + ": " + combos.size() + " run" + (combos.size() == 1 ? "" : "s")
                    + ", results in " + RunSettings.out().resolve(protocol));
            for (String line : table.text()) Console.println(line);
            if (first != null) throw first;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void writeRecord(Path dir, String protocol, Instant start, SweepTable table, List<RunResult> runs,
                                    List<String> failures) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("protocol", protocol);
        j.put("status", failures.stream().allMatch(f -> f == null) ? "finished" : "failed");
        j.put("start", start.toString());
        j.put("end", Instant.now().toString());
        j.put("source", RunSettings.source());
        j.put("sha256", RunSettings.sourceHash());
        j.put("command_line", RunSettings.commandLine());
        j.put("parameters", table.parameters());
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("arguments", table.arguments(i));
            RunResult run = runs.get(i);
            r.put("status", run == null ? "failed" : run.status());
            if (run != null) r.put("directory", dir.toAbsolutePath().getParent().relativize(run.directory().toAbsolutePath()).toString());
            if (failures.get(i) != null) r.put("error", failures.get(i));
            list.add(r);
        }
        j.put("runs", list);
        try {
            AtomicFiles.writeString(dir.resolve("sweep.json"), Json.write(j, true) + "\n");
            AtomicFiles.writeString(dir.resolve("summary.csv"), table.csv());
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the sweep's record in " + dir + ": " + e.getMessage());
        }
    }

    /** A table cell: a metric, a record (display unit) or an argument, as `print` writes it. */
    static String cell(Object v, long dim) {
        if (v instanceof Measure m) return QuantityFormat.format(m.si(), m.dim());
        return RunArguments.display(v, dim);
    }
}
