package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * `sweep P(p = [v1, v2], q = 1..4)` (§11): every combination of the given values is its own
 * run, in parallel on this machine's cores (or through another {@link SweepRunner}). The
 * sweep has its own directory, {@code sweep-<timestamp>-<id>}, with sweep.json (its runs)
 * and summary.csv (one row per run: arguments, final metrics, last records), and prints the
 * same table in display units; when it varies {@code seed}, mean and standard deviation over
 * the seeds of each other combination follow. Runs are independent, so a failed one leaves
 * the others (and its own finished files) in place; the first failure is raised after the
 * table. With {@code --shard K/N} only the part K of the points runs ({@link Shard}), and
 * {@code metaspin runs merge} joins the parts' records.
 */
public final class Sweep {
    private Sweep() {}

    /** {@code dims}: for each parameter, the packed dimension of its values (for the table), 0 otherwise. */
    public static void run(String protocol, String[] names, Object[] lists, long[] dims, SweepBody body) throws Throwable {
        List<int[]> combos = points(lists);
        int total = combos.size();
        ProgramScope scope = ProgramScope.current();
        // a sweep inside a run is part of that run: it runs whole, here, whatever the shard
        boolean nested = Run.current() != null || Progress.inSweep();
        int sweep = nested ? 0 : scope.nextSweep();
        if (!nested && scope.point() != null) {
            // a machine that runs one point of a distributed sweep: that point, or nothing
            if (scope.point().sweep() == sweep) PointRun.reached(() -> runPoint(body, lists, combos.get(scope.point().point())));
            return;
        }
        if (total == 0) {
            Console.println("sweep " + protocol + ": no combination to run (an empty list of values)");
            return;
        }
        Shard shard = nested ? Shard.ALL : RunSettings.shard();
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) if (shard.owns(i)) mine.add(i);
        if (mine.isEmpty()) {
            Progress.note("sweep " + protocol + ": shard " + shard + " has none of its " + combos.size() + " point"
                    + (combos.size() == 1 ? "" : "s"));
            return;
        }
        List<int[]> picked = mine.stream().map(combos::get).toList();
        Instant start = Instant.now();
        Path out = scope.out();
        Path dir;
        try {
            dir = RunDirectory.create(out.resolve(protocol), "sweep-", start);
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot create the sweep's directory under "
                    + out.resolve(protocol) + ": " + e.getMessage());
        }
        SweepTable table = new SweepTable(protocol, names, lists, dims, picked);
        Progress.sweepStarted(protocol, picked.size(), dir);
        String[] labels = new String[picked.size()];
        for (int j = 0; j < labels.length; j++) labels[j] = table.display(j);
        int[] points = mine.stream().mapToInt(Integer::intValue).toArray();
        SweepJob job = new SweepJob(protocol, sweep, points, labels, j -> runPoint(body, lists, picked.get(j)));
        List<PointResult> results = (nested ? LocalSweepRunner.INSTANCE : RunSettings.runner()).run(job);
        List<RunResult> runs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Throwable first = null;
        for (PointResult r : results) {
            runs.add(r.run());
            failures.add(r.failure());
            if (first == null) first = r.cause();
        }
        table.fill(runs, failures);
        SweepRecord record = new SweepRecord(protocol, sweep, combos.size(), shard.all() ? null : shard, names, lists, dims);
        record.write(dir, start, table, points, results);
        Console.println("sweep " + protocol + ": " + picked.size() + " run" + (picked.size() == 1 ? "" : "s")
                + (shard.all() ? "" : " (shard " + shard + " of " + combos.size() + " points)") + ", results in " + out.resolve(protocol));
        for (String line : table.text()) Console.println(line);
        if (first != null) throw first;
    }

    /**
     * Every point of a sweep in its own order, as the index of each parameter's value (0 for
     * a parameter not swept, {@code lists[k]} null): the first parameter slowest, the last fastest.
     */
    static List<int[]> points(Object[] lists) {
        int n = lists.length;
        int[] sizes = new int[n];
        long total = 1;
        for (int k = 0; k < n; k++) {
            sizes[k] = lists[k] == null ? 1 : Array.getLength(lists[k]);
            total *= sizes[k];
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
        return combos;
    }

    /** One point on the current thread: its run, or its failure. */
    static PointResult runPoint(SweepBody body, Object[] lists, int[] combo) {
        Progress.inSweep(true);
        Run.forgetLast();
        try {
            body.run(lists, combo);
            return PointResult.finished(Run.lastFinished());
        } catch (Throwable t) {
            return PointResult.failed(t, Run.lastFinished());
        } finally {
            Progress.inSweep(false);
        }
    }

    /** A table cell: a metric, a record (display unit) or an argument, as `print` writes it. */
    static String cell(Object v, long dim) {
        if (v instanceof Measure m) return QuantityFormat.format(m.si(), m.dim());
        return RunArguments.display(v, dim);
    }
}
