package org.metaspin.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.metaspin.runtime.protocol.RecordedRun;
import org.metaspin.runtime.protocol.RecordedSweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin runs [DIR]`, `runs show RUN`, `runs compare RUN…` (§11, §13): the recorded runs
 * as a table (protocol, start, status, arguments, key metrics) or as JSON.
 */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List, show and compare recorded runs.",
        subcommands = {RunsCommand.Show.class, RunsCommand.Compare.class, MergeCommand.class})
final class RunsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "where the runs are (default: results)")
    Path dir = Path.of("results");

    @Option(names = "--format", paramLabel = "text|json", description = "text (a table, default) or json (one array)")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("metaspin: no runs: " + dir + " is not a directory");
            return ExitCodes.NO_INPUT;
        }
        List<RecordedRun> runs;
        List<RecordedSweep> sweeps;
        try {
            runs = RecordedRun.under(dir);
            sweeps = RecordedSweep.under(dir);
        } catch (IOException e) {
            spec.commandLine().getErr().println("metaspin: cannot read " + dir + ": " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!validFormat(format, spec)) return ExitCodes.USAGE;
        if (format.equals("json")) {
            out.println(json(runs, sweeps));
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("run", "protocol", "start", "status", "arguments", "results"));
            for (RecordedRun r : runs) {
                rows.add(List.of(dir.relativize(r.directory()).toString(), r.protocol(), r.start().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                        r.status(), r.arguments(), summary(r.results())));
            }
            Table.print(out, rows);
            if (runs.isEmpty()) out.println("(no runs under " + dir + ")");
            if (!sweeps.isEmpty()) {
                List<List<String>> sweepRows = new ArrayList<>();
                sweepRows.add(List.of("sweep", "protocol", "start", "status", "runs", "values"));
                for (RecordedSweep w : sweeps) {
                    sweepRows.add(List.of(dir.relativize(w.directory()).toString(), w.protocol(),
                            w.start().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"), w.status(), w.runCounts(), w.values()));
                }
                out.println();
                Table.print(out, sweepRows);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static boolean validFormat(String format, CommandLine.Model.CommandSpec spec) {
        if (format.equals("text") || format.equals("json")) return true;
        spec.commandLine().getErr().println("metaspin: --format must be text or json, not " + format);
        return false;
    }

    private static String summary(Map<String, String> results) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : results.entrySet()) {
            if (parts.size() == 5) {
                parts.add("…");
                break;
            }
            parts.add(e.getKey() + " " + e.getValue());
        }
        return String.join(", ", parts);
    }

    static String json(List<RecordedRun> runs) {
        return json(runs, List.of());
    }

    /** The runs as run.json says them, each with the directory of the sweep it belongs to, if any. */
    static String json(List<RecordedRun> runs, List<RecordedSweep> sweeps) {
        Map<Path, Path> sweepOf = new java.util.HashMap<>();
        for (RecordedSweep w : sweeps) for (Path r : w.runs()) sweepOf.put(r.toAbsolutePath().normalize(), w.directory());
        JsonArray a = new JsonArray();
        for (RecordedRun r : runs) {
            var o = r.withStatus();
            Path w = sweepOf.get(r.directory().toAbsolutePath().normalize());
            if (w != null) o.addProperty("sweep", w.toString());
            a.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(a);
    }

    static RecordedRun find(String name, CommandLine.Model.CommandSpec spec) {
        Path p = Path.of(name);
        try {
            if (Files.isRegularFile(p.resolve("run.json"))) return RecordedRun.at(p);
            // a run's directory name alone: look for it under results/
            for (RecordedRun r : RecordedRun.under(Path.of("results"))) {
                if (r.directory().getFileName().toString().equals(name)) return r;
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("metaspin: cannot read the run " + name + ": " + e.getMessage());
            return null;
        }
        spec.commandLine().getErr().println("metaspin: no run " + name + " (give a run's directory, or its name under results/)");
        return null;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one run: arguments, status, metrics, files.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN", description = "a run's or a sweep's directory (or its name under results/)")
        String run;

        @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json (run.json as recorded)")
        String format = "text";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!validFormat(format, spec)) return ExitCodes.USAGE;
            Path sweepDir = sweepDirectory(run);
            if (sweepDir != null) return showSweep(RecordedSweep.under(sweepDir));
            RecordedRun r = find(run, spec);
            if (r == null) return ExitCodes.NO_INPUT;
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(r.withStatus()));
                out.flush();
                return ExitCodes.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("run", r.directory().toString()));
            rows.add(List.of("protocol", r.protocol()));
            rows.add(List.of("status", r.status() + error(r)));
            rows.add(List.of("start", r.start()));
            for (String k : List.of("duration_s", "seed", "threads", "host", "pid", "java", "version")) {
                if (r.json().has(k)) rows.add(List.of(k, r.json().get(k).getAsString()));
            }
            if (r.json().has("source")) {
                var src = r.json().getAsJsonObject("source");
                rows.add(List.of("source", src.get("path").getAsString() + (src.has("git_commit") ? " @ " + src.get("git_commit").getAsString() : "")));
            }
            // the argument and result names are the program's own: a heading says which is which
            if (!r.argumentValues().isEmpty()) rows.add(List.of("arguments", ""));
            r.argumentValues().forEach((k, v) -> rows.add(List.of("  " + k, v)));
            if (!r.results().isEmpty() || r.json().has("metrics_missing")) rows.add(List.of("results", ""));
            r.results().forEach((k, v) -> rows.add(List.of("  " + k, v)));
            if (r.json().has("metrics_missing")) {
                for (var e : r.json().getAsJsonObject("metrics_missing").entrySet()) {
                    rows.add(List.of("  " + e.getKey(), "not computed: " + e.getValue().getAsString()));
                }
            }
            try (var files = Files.list(r.directory())) {
                rows.add(List.of("files", String.join(" ", files.map(f -> f.getFileName().toString()).sorted().toList())));
            }
            Table.print(out, rows);
            out.flush();
            return ExitCodes.OK;
        }

        /** A sweep's directory, or its name under results/PROTOCOL/; null when {@code name} is no sweep. */
        private static Path sweepDirectory(String name) {
            Path p = Path.of(name);
            if (Files.isRegularFile(p.resolve("sweep.json"))) return p;
            if (p.getNameCount() != 1 || !Files.isDirectory(Path.of("results"))) return null;
            try (var protocols = Files.list(Path.of("results"))) {
                return protocols.map(d -> d.resolve(name)).filter(d -> Files.isRegularFile(d.resolve("sweep.json"))).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }

        /** A sweep: what it varied, then its runs as `metaspin runs` lists them. */
        private int showSweep(List<RecordedSweep> found) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("metaspin: " + run + "/sweep.json is not a sweep record");
                return ExitCodes.NO_INPUT;
            }
            RecordedSweep w = found.get(0);
            List<RecordedRun> runs = new ArrayList<>();
            for (Path p : w.runs()) if (Files.isRegularFile(p.resolve("run.json"))) runs.add(RecordedRun.at(p));
            if (format.equals("json")) {
                com.google.gson.JsonObject o = w.json().deepCopy();
                o.addProperty("directory", w.directory().toString());
                o.add("run_records", com.google.gson.JsonParser.parseString(json(runs)));
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
                out.flush();
                return ExitCodes.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("sweep", w.directory().toString()));
            rows.add(List.of("protocol", w.protocol()));
            rows.add(List.of("status", w.status()));
            rows.add(List.of("start", w.start()));
            rows.add(List.of("values", w.values()));
            rows.add(List.of("runs", w.runCounts()));
            Table.print(out, rows);
            out.println();
            List<List<String>> runRows = new ArrayList<>();
            runRows.add(List.of("run", "status", "arguments", "results"));
            for (RecordedRun r : runs) {
                runRows.add(List.of(w.directory().getParent().relativize(r.directory()).toString(), r.status(), r.arguments(), summary(r.results())));
            }
            Table.print(out, runRows);
            out.flush();
            return ExitCodes.OK;
        }

        private static String error(RecordedRun r) {
            if (!r.json().has("error")) return "";
            var e = r.json().getAsJsonObject("error");
            return " (" + e.get("code").getAsString() + ": " + e.get("message").getAsString() + ")";
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, description = "Put several runs side by side.")
    static final class Compare implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "RUN", description = "runs' directories (or names under results/)")
        List<String> runs;

        @Option(names = "--format", paramLabel = "text|json", description = "text (default) or json (an array of run.json)")
        String format = "text";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!validFormat(format, spec)) return ExitCodes.USAGE;
            List<RecordedRun> found = new ArrayList<>();
            for (String name : runs) {
                RecordedRun r = find(name, spec);
                if (r == null) return ExitCodes.NO_INPUT;
                found.add(r);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(json(found));
                out.flush();
                return ExitCodes.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of(""));
            for (RecordedRun r : found) head.add(r.directory().getFileName().toString());
            rows.add(head);
            row(rows, "protocol", found, r -> r.protocol());
            row(rows, "status", found, RecordedRun::status);
            row(rows, "start", found, RecordedRun::start);
            Set<String> args = new LinkedHashSet<>();
            Set<String> results = new LinkedHashSet<>();
            for (RecordedRun r : found) {
                args.addAll(r.argumentValues().keySet());
                results.addAll(r.results().keySet());
            }
            for (String a : args) row(rows, a, found, r -> r.argumentValues().getOrDefault(a, ""));
            for (String m : results) row(rows, m, found, r -> r.results().getOrDefault(m, ""));
            Table.print(out, rows);
            out.flush();
            return ExitCodes.OK;
        }

        private static void row(List<List<String>> rows, String name, List<RecordedRun> runs,
                                java.util.function.Function<RecordedRun, String> f) {
            List<String> row = new ArrayList<>(List.of(name));
            for (RecordedRun r : runs) row.add(f.apply(r));
            rows.add(row);
        }
    }

    /** Columns aligned with two spaces between them; the last column is not padded. */
    static final class Table {
        private Table() {}

        static void print(PrintWriter out, List<List<String>> rows) {
            int cols = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] width = new int[cols];
            for (List<String> r : rows) for (int c = 0; c < r.size(); c++) width[c] = Math.max(width[c], r.get(c).length());
            for (List<String> r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < r.size(); c++) {
                    if (c > 0) sb.append("  ");
                    sb.append(r.get(c));
                    if (c < r.size() - 1) sb.append(" ".repeat(width[c] - r.get(c).length()));
                }
                out.println(sb.toString().stripTrailing());
            }
        }
    }
}
