package org.metaspin.runtime.protocol;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A sweep's summary (§11): one row per run with its swept arguments, final metrics and last
 * records, each column in one display unit named in its header ({@code h (mT)}); and, when
 * the sweep varies {@code seed}, the mean and sample standard deviation over seeds of every
 * numeric column for each combination of the other arguments.
 */
final class SweepTable {
    private final String protocol;
    private final String[] names;
    private final Object[] lists;
    private final long[] dims;
    private final List<int[]> combos;
    private final List<Integer> swept = new ArrayList<>();
    private final int seedParam;
    private List<RunResult> runs = List.of();
    private List<String> failures = List.of();
    private final List<String> metricNames = new ArrayList<>();
    private final Map<String, DisplayUnit> metricUnits = new LinkedHashMap<>();

    SweepTable(String protocol, String[] names, Object[] lists, long[] dims, List<int[]> combos) {
        this.protocol = protocol;
        this.names = names;
        this.lists = lists;
        this.dims = dims;
        this.combos = combos;
        int seed = -1;
        for (int k = 0; k < names.length; k++) {
            if (lists[k] == null) continue;
            swept.add(k);
            if (names[k].equals("seed") && Array.getLength(lists[k]) > 1) seed = k;
        }
        seedParam = seed;
    }

    private Object value(int k, int combo) { return Array.get(lists[k], combos.get(combo)[k]); }

    private DisplayUnit unit(int k) {
        if (dims[k] == 0 || !(lists[k] instanceof double[] a)) return DisplayUnit.NONE;
        return DisplayUnit.of(dims[k], a);
    }

    String display(int combo) {
        StringBuilder sb = new StringBuilder();
        for (int k : swept) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(names[k]).append(" = ").append(RunArguments.display(value(k, combo), dims[k]));
        }
        return sb.toString();
    }

    Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k : swept) m.put(names[k], RunArguments.json(lists[k], dims[k]));
        return m;
    }

    Map<String, Object> arguments(int combo) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k : swept) m.put(names[k], RunArguments.json(value(k, combo), dims[k]));
        return m;
    }

    void fill(List<RunResult> results, List<String> errors) {
        runs = results;
        failures = errors;
        Set<String> all = new LinkedHashSet<>();
        for (RunResult r : runs) if (r != null) all.addAll(r.finalMetrics().keySet());
        metricNames.addAll(all);
        for (String name : metricNames) {
            long dim = 0;
            List<Double> si = new ArrayList<>();
            for (RunResult r : runs) {
                if (r != null && r.finalMetrics().get(name) instanceof Measure m) {
                    dim = m.dim();
                    si.add(m.si());
                }
            }
            metricUnits.put(name, dim == 0 ? DisplayUnit.NONE : DisplayUnit.of(dim, si.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    /** A metric of run {@code i} in its column's unit, or NaN when it has none. */
    private double metric(int i, String name) {
        RunResult r = runs.get(i);
        if (r == null) return Double.NaN;
        Object v = r.finalMetrics().get(name);
        if (v instanceof Measure m) return metricUnits.get(name).show(m.si());
        if (v instanceof Number x) return x.doubleValue();
        return Double.NaN;
    }

    private List<String> header() {
        List<String> h = new ArrayList<>();
        for (int k : swept) h.add(unit(k).label(names[k]));
        for (String m : metricNames) h.add(metricUnits.get(m).label(m));
        return h;
    }

    private boolean anyFailed() { return failures.stream().anyMatch(f -> f != null); }

    private String argCell(int k, int combo) {
        Object v = value(k, combo);
        if (v instanceof Double d && dims[k] != 0) return QuantityFormat.formatReal(unit(k).show(d));
        return RunArguments.display(v, dims[k]);
    }

    /** The table `sweep` prints: every cell as `print` writes it, with its unit (§2.4). */
    List<String> text() {
        List<String> header = new ArrayList<>();
        for (int k : swept) header.add(names[k]);
        header.addAll(metricNames);
        if (anyFailed()) header.add("status");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) {
            List<String> row = new ArrayList<>();
            for (int k : swept) row.add(RunArguments.display(value(k, i), dims[k]));
            for (String m : metricNames) {
                Object v = runs.get(i) == null ? null : runs.get(i).finalMetrics().get(m);
                row.add(v == null ? "" : Sweep.cell(v, 0));
            }
            if (anyFailed()) row.add(failures.get(i) == null ? runs.get(i).status() : "failed: " + failures.get(i));
            rows.add(row);
        }
        List<String> out = align(header, rows);
        if (seedParam >= 0 && !metricNames.isEmpty()) {
            out.add("");
            out.add("mean ± standard deviation over " + Array.getLength(lists[seedParam]) + " seeds:");
            List<String> h = header();
            h.remove(swept.indexOf(seedParam));
            List<List<String>> stats = new ArrayList<>();
            for (List<Integer> group : groups()) {
                List<String> row = new ArrayList<>();
                for (int k : swept) if (k != seedParam) row.add(argCell(k, group.get(0)));
                for (String m : metricNames) {
                    double[] ms = meanStd(group, m);
                    row.add(Double.isNaN(ms[0]) ? "" : QuantityFormat.formatReal(ms[0]) + " ± " + QuantityFormat.formatReal(ms[1]));
                }
                stats.add(row);
            }
            out.addAll(align(h, stats));
        }
        return out;
    }

    String csv() {
        StringBuilder sb = new StringBuilder();
        List<String> header = header();
        header.add("status");
        header.add("run");
        sb.append(String.join(",", header.stream().map(RecordsCsv::csv).toList())).append('\n');
        for (int i = 0; i < combos.size(); i++) {
            List<String> row = new ArrayList<>();
            for (int k : swept) row.add(csvArg(k, i));
            for (String m : metricNames) {
                double v = metric(i, m);
                row.add(Double.isNaN(v) ? "" : RecordsCsv.number(v));
            }
            RunResult r = runs.get(i);
            row.add(r == null ? "failed" : r.status());
            row.add(r == null ? "" : r.directory().getFileName().toString());
            sb.append(String.join(",", row.stream().map(RecordsCsv::csv).toList())).append('\n');
        }
        if (seedParam >= 0) {
            for (List<Integer> group : groups()) {
                for (int stat = 0; stat < 2; stat++) {
                    List<String> row = new ArrayList<>();
                    for (int k : swept) row.add(k == seedParam ? (stat == 0 ? "mean" : "std") : csvArg(k, group.get(0)));
                    for (String m : metricNames) {
                        double v = meanStd(group, m)[stat];
                        row.add(Double.isNaN(v) ? "" : RecordsCsv.number(v));
                    }
                    row.add("");
                    row.add("");
                    sb.append(String.join(",", row.stream().map(RecordsCsv::csv).toList())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private String csvArg(int k, int combo) {
        Object v = value(k, combo);
        if (v instanceof Double d) return RecordsCsv.number(unit(k).show(d));
        return RunArguments.display(v, dims[k]);
    }

    /** The runs that differ only in their seed, in order of first appearance. */
    private List<List<Integer>> groups() {
        Map<String, List<Integer>> g = new LinkedHashMap<>();
        for (int i = 0; i < combos.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int k : swept) if (k != seedParam) key.append(combos.get(i)[k]).append(',');
            g.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(g.values());
    }

    /** Mean and sample standard deviation (n - 1) of a metric over the runs that have it. */
    private double[] meanStd(List<Integer> group, String name) {
        double sum = 0;
        int n = 0;
        for (int i : group) {
            double v = metric(i, name);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) return new double[] {Double.NaN, Double.NaN};
        double mean = sum / n;
        double ss = 0;
        for (int i : group) {
            double v = metric(i, name);
            if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0};
    }

    private static List<String> align(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) width[c] = Math.max(width[c], row.get(c).length());
        }
        List<String> out = new ArrayList<>();
        out.add(line(header, width));
        for (List<String> row : rows) out.add(line(row, width));
        return out;
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

    String protocol() { return protocol; }
}
