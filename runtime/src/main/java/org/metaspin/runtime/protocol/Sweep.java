package org.metaspin.runtime.protocol;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * `sweep P(p = [v1, v2], q = 1..4)` (§11): every combination of the given values is its own
 * run, in parallel on this machine's cores, and a summary table of each run's arguments and
 * final metrics follows (each run's own directory holds its run.json with the same figures). Runs are independent, so a failed one leaves the others (and its own
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
        int threads = Math.max(1, Math.min(combos.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-" + protocol);
            t.setDaemon(true);
            return t;
        });
        List<Future<Run>> futures = new ArrayList<>();
        try {
            for (int[] combo : combos) {
                futures.add(pool.submit(() -> {
                    body.run(lists, combo);
                    return Run.lastFinished();
                }));
            }
            Throwable first = null;
            List<Run> runs = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    runs.add(futures.get(i).get());
                    failures.add(null);
                } catch (java.util.concurrent.ExecutionException e) {
                    runs.add(null);
                    failures.add(e.getCause().getMessage());
                    if (first == null) first = e.getCause();
                }
            }
            table(protocol, names, lists, dims, combos, runs, failures);
            if (first != null) throw first;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void table(String protocol, String[] names, Object[] lists, long[] dims, List<int[]> combos,
                              List<Run> runs, List<String> failures) {
        Set<String> metrics = new LinkedHashSet<>();
        for (Run r : runs) if (r != null) metrics.addAll(r.finalMetrics().keySet());
        List<String> header = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            if (lists[k] != null) {
                header.add(names[k]);
                shown.add(k);
            }
        }
        header.addAll(metrics);
        boolean anyFailed = failures.stream().anyMatch(f -> f != null);
        if (anyFailed) header.add("status");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) {
            List<String> row = new ArrayList<>();
            for (int k : shown) row.add(cell(Array.get(lists[k], combos.get(i)[k]), dims[k]));
            Run r = runs.get(i);
            Map<String, Object> m = r == null ? Map.of() : r.finalMetrics();
            for (String name : metrics) row.add(m.containsKey(name) ? cell(m.get(name), 0) : "");
            if (anyFailed) row.add(r == null ? "failed: " + failures.get(i) : "finished");
            rows.add(row);
        }
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) width[c] = Math.max(width[c], row.get(c).length());
        }
        Console.println("sweep " + protocol + ": " + combos.size() + " run" + (combos.size() == 1 ? "" : "s")
                + ", results in " + RunSettings.out().resolve(protocol));
        Console.println(line(header, width));
        for (List<String> row : rows) Console.println(line(row, width));
    }

    private static String cell(Object v, long dim) {
        if (v instanceof Double d) return QuantityFormat.format(d, dim);
        if (v instanceof double[] a) return org.metaspin.runtime.lang.Show.list(a, dim);
        if (v instanceof long[] a) return org.metaspin.runtime.lang.Show.list(a);
        return String.valueOf(v);
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) sb.append("  ");
            String s = cells.get(c);
            sb.append(s);
            if (c < cells.size() - 1) sb.append(" ".repeat(width[c] - s.length()));
        }
        return sb.toString();
    }
}
