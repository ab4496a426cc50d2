package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `metaspin run` records (§11): run.json, records.csv, sweeps, --resume, --set precedence (§13). */
class RunRecordTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Cli.Result run(Path f, String... more) {
        String[] args = Stream.concat(Stream.of("run", "--out", dir.resolve("res").toString()), Stream.of(more)).toArray(String[]::new);
        String[] all = Stream.concat(Stream.of(args), Stream.of(f.toString())).toArray(String[]::new);
        return Cli.exec(all);
    }

    private List<Path> runs(String protocol) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("res").resolve(protocol))) {
            return s.filter(p -> !p.getFileName().toString().startsWith("sweep-")).sorted().toList();
        }
    }

    private static JsonObject json(Path run) throws IOException {
        return JsonParser.parseString(Files.readString(run.resolve("run.json"))).getAsJsonObject();
    }

    @Test
    void runJsonCarriesUnitsProvenanceAndTheDirectoryIsNamedOnStderr() throws IOException {
        Path f = write("p.msp", "protocol P(d: Length = 80 nm, x: Real = 2) {\n  record(\"I\", 3 mA)\n}\nrun P(x = 4)\n");
        var r = run(f);
        assertEquals(0, r.exit(), r.err());
        Path run = runs("P").get(0);
        assertTrue(run.getFileName().toString().matches("\\d{8}-\\d{6}-[0-9a-f]{16}"), run.toString());
        assertTrue(r.err().contains("run P(d = 80 nm, x = 4) -> " + run), r.err());
        assertEquals("", r.out());
        JsonObject j = json(run);
        assertEquals("finished", j.get("status").getAsString());
        assertEquals(80, j.getAsJsonObject("arguments").getAsJsonObject("d").get("value").getAsDouble(), 1e-9);
        assertEquals("nm", j.getAsJsonObject("arguments").getAsJsonObject("d").get("unit").getAsString());
        assertEquals(ProcessHandle.current().pid(), j.get("pid").getAsLong());
        for (String k : List.of("host", "java", "command_line", "threads", "start", "end", "energy")) assertTrue(j.has(k), k);
        assertEquals("mA", j.getAsJsonObject("records").getAsJsonObject("I").get("unit").getAsString());
        assertTrue(Files.readString(run.resolve("records.csv")).matches("step,time_s,name,value,unit\n0,[0-9.]+,I,3,mA\n"));
        var quiet = run(f, "-q");
        assertEquals("", quiet.err(), "-q silences progress");
    }

    @Test
    void theEndOfARunOnDevicesShowsItsDeviceTotalsNotTheLastTrainCall() throws IOException {
        Path f = write("d.msp", """
                import std.devices.{PtMetaArray}
                protocol D() {
                  let tasks = permuted(digits(), count = 2, seed = 1)
                  let net = mlp(inputs = 64, hidden = [32], outputs = 10, synapses = PtMetaArray, seed = 1)
                  for t in tasks { train(net, t, adam(lr = 0.005), epochs = 1) }
                  let s = device_stats(net)
                  print(s.writes, s.flips, s.gates)
                }
                run D()
                """);
        var r = run(f);
        assertEquals(0, r.exit(), r.err());
        String[] totals = r.out().strip().split(" ");
        JsonObject energy = json(runs("D").get(0)).getAsJsonObject("energy");
        assertEquals(Long.parseLong(totals[0]), energy.get("writes").getAsLong(), "run.json's totals are device_stats'");
        String end = r.err().lines().filter(l -> l.startsWith("D finished after")).findFirst().orElseThrow();
        assertTrue(end.contains("; devices: " + totals[0] + " writes, " + totals[1] + " flips, " + totals[2] + " gates, "), end);
        assertTrue(!end.contains(": writes") && !end.contains(" writes " + totals[0]), "no per-call record beside the totals: " + end);
    }

    @Test
    void aFailingRunSaysFailedWithItsCode() throws IOException {
        Path f = write("f.msp", "protocol F() {\n  record(\"a\", 1)\n  assert false, \"boom\"\n}\nrun F()\n");
        var r = run(f);
        assertEquals(2, r.exit());
        JsonObject j = json(runs("F").get(0));
        assertEquals("failed", j.get("status").getAsString());
        assertEquals("R0001", j.getAsJsonObject("error").get("code").getAsString());
        assertTrue(j.getAsJsonObject("error").get("message").getAsString().contains("boom"));
    }

    @Test
    void anExplicitArgumentWinsOverSetAndSeedLeavesASweepsSeedsAlone() throws IOException {
        Path f = write("s.msp", "protocol P(m: Real = 1, seed: Int = 1) {\n  print(m, seed)\n}\nrun P(m = 0)\nrun P()\n"
                + "sweep P(seed = [1, 2])\n");
        var r = run(f, "--set", "m=5", "--seed", "7");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("0 7", "5 7"), r.out().lines().limit(2).toList(), r.out());
        assertTrue(r.out().contains("5 1\n") && r.out().contains("5 2\n"), "the sweep keeps its seeds: " + r.out());
        assertTrue(!r.err().contains("warning"), "--set m reaches run P() and the sweep: " + r.err());
    }

    /** §13: a `--set` that every run outvotes (run statements, a sweep; a call from a protocol counts as a use) is a warning. */
    @Test
    void aSetThatChangesNothingIsAWarningAtTheArgumentsThatWin() throws IOException {
        Path f = write("w.msp", "protocol P(m: Real = 1) {\n  print(m)\n}\nrun P(m = 0)\nrun P(m = 3)\nsweep P(m = [1, 2])\n");
        var r = run(f, "-q", "--set", "m=5");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("0", "3"), r.out().lines().limit(2).toList());
        assertTrue(r.err().contains("warning[W0001]: `--set m` changes nothing") && r.err().contains("w.msp:4:7"), r.err());
        Path inner = write("n.msp", "protocol P(m: Real = 1) {\n  print(m)\n}\nprotocol Q() {\n  P()\n}\nrun P(m = 0)\nrun Q()\n");
        var nested = run(inner, "-q", "--set", "m=5");
        assertEquals(List.of("0", "5"), nested.out().lines().toList(), nested.err());
        assertTrue(!nested.err().contains("warning"), "Q calls P with its default: " + nested.err());
    }

    @Test
    void aSweepOverSeedsWritesItsSummaryWithMeanAndStdAndResumeRerunsOnlyWhatDidNotFinish() throws IOException {
        Path f = write("w.msp", "protocol W(d: Length = 10 nm, seed: Int = 1) {\n  record(\"v\", seed * d)\n"
                + "  assert seed != 3 or d < 15 nm, \"unlucky\"\n}\nsweep W(d = [10 nm, 20 nm], seed = [1, 2, 3])\n");
        var r = run(f);
        assertEquals(2, r.exit(), "one run failed");
        Path sweep;
        try (Stream<Path> s = Files.list(dir.resolve("res").resolve("W"))) {
            sweep = s.filter(p -> p.getFileName().toString().startsWith("sweep-")).findFirst().orElseThrow();
        }
        List<String> csv = Files.readAllLines(sweep.resolve("summary.csv"));
        assertEquals("d (nm),seed,v (nm),status,run", csv.get(0));
        assertTrue(csv.get(1).startsWith("10,1,10,finished,"), csv.toString());
        assertTrue(csv.contains("10,mean,20,,") && csv.contains("10,std,10,,"), csv.toString());
        // d = 20 nm: seeds 1 and 2 finished (20, 40 nm): mean 30, std 14.142…
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("20,mean,30,")), csv.toString());
        assertTrue(Files.readString(sweep.resolve("sweep.json")).contains("\"status\": \"failed\""));
        assertEquals(6, runs("W").size());

        var again = run(f, "--resume");
        assertEquals(2, again.exit());
        assertEquals(7, runs("W").size(), "only the failed run ran again");
        assertTrue(again.err().contains("reused") || again.out().contains("W"), again.err());
    }

    /** Device counters per `train` call are rows of records.csv; the run's final value, on the finish line and in run.json, is their total. */
    @Test
    void theFinishLineAndRunJsonShowTheDeviceTotalsNotTheLastTrainCall() throws IOException {
        Path f = write("d.msp", "import std.devices.{PtMetaArray}\nprotocol D() {\n  let tasks = permuted(digits(), count = 2, seed = 1)\n"
                + "  let net = mlp(inputs = 64, hidden = [8], outputs = 10, synapses = PtMetaArray, seed = 1)\n"
                + "  for task in tasks { train(net, task, sgd(lr = 0.05), epochs = 1) }\n  print(device_stats(net).writes)\n}\nrun D()\n");
        var r = run(f);
        assertEquals(0, r.exit(), r.err());
        long total = Long.parseLong(r.out().strip());
        JsonObject j = json(runs("D").get(0));
        List<String> perCall = Files.readAllLines(runs("D").get(0).resolve("records.csv")).stream().filter(l -> l.contains(",writes,")).toList();
        assertEquals(2, perCall.size(), "one row per train call");
        long rows = perCall.stream().mapToLong(l -> (long) Double.parseDouble(l.split(",")[3])).sum();
        assertEquals(total, rows);
        assertTrue(perCall.stream().noneMatch(l -> l.endsWith("," + total + ",")), "a row holds one call, not the total: " + perCall);
        assertEquals(total, j.getAsJsonObject("energy").get("writes").getAsLong());
        assertEquals(total, j.getAsJsonObject("records").get("writes").getAsLong());
        assertTrue(r.err().contains("devices: " + total + " writes"), r.err());
        var listed = Cli.exec("runs", dir.resolve("res").toString());
        assertTrue(listed.out().contains("writes " + total), listed.out());
    }

    @Test
    void aProtocolThatRunsItselfIsR0005AtTheSecondLevel() throws IOException {
        Path f = write("r.msp", "protocol R(n: Int = 0) {\n  if n < 100 { R(n = n + 1) }\n}\nrun R()\n");
        var r = run(f);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("runtime error[R0005]") && r.err().contains("runs itself"), r.err());
        assertEquals(1, runs("R").size(), "one run directory, not one per level");
        assertEquals("failed", json(runs("R").get(0)).get("status").getAsString());
    }

    @Test
    void protocolsThatRunEachOtherInACycleAreR0005WhenTheFirstComesRound() throws IOException {
        Path f = write("ab.msp", "protocol A(n: Int = 2) {\n  print(\"A\", n)\n  run B(n = n - 1)\n}\n"
                + "protocol B(n: Int = 2) {\n  print(\"B\", n)\n  run A(n = n - 1)\n}\nrun A()\n");
        var r = run(f);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("runtime error[R0005]: protocol A runs itself"), r.err());
        // every protocol of the cycle shows as a frame, outermost last
        assertTrue(r.err().matches("(?s).*\\(in A\\).*\\(in B\\).*\\(in A\\).*"), r.err());
        assertEquals("A 2\nB 1\n", r.out().replace("\r", ""));
        assertEquals("failed", json(runs("A").get(0)).get("status").getAsString());
        assertEquals("failed", json(runs("B").get(0)).get("status").getAsString());
        assertEquals(1, runs("A").size(), "A's second turn opens no run of its own");
    }

    @Test
    void anEvaluateBeforeTheFirstTrainIsTheBaselineAndEveryMetricIsReported() throws IOException {
        Path f = write("a.msp", "protocol A(seed: Int = 1) {\n  let tasks = permuted(digits(), count = 2, seed = seed)\n"
                + "  let net = mlp(inputs = 64, hidden = [16], outputs = 10, seed = seed)\n  evaluate(net, tasks)\n"
                + "  for task in tasks {\n    train(net, task, adam(lr = 0.01), epochs = 1, batch = 100)\n    evaluate(net, tasks)\n  }\n}\n"
                + "run A()\n");
        var r = run(f);
        assertEquals(0, r.exit(), r.err());
        Path run = runs("A").get(0);
        JsonObject j = json(run);
        for (String m : List.of("acc", "bwt", "forgetting", "fwt")) assertTrue(j.getAsJsonObject("metrics").has(m), m + " in " + j);
        assertEquals(2, j.getAsJsonArray("baseline").size());
        List<String> csv = Files.readAllLines(run.resolve("accuracy.csv"));
        assertEquals(4, csv.size(), "header, baseline and two rows: " + csv);
        assertTrue(csv.get(1).startsWith("baseline,"));
        for (String fig : List.of("accuracy.png", "accuracy.svg", "accuracy_matrix.png")) assertTrue(Files.size(run.resolve(fig)) > 1000, fig);
        assertTrue(r.err().contains("train "), "one line per train call off a terminal: " + r.err());
        // the loss is the mean cross-entropy per sample (chance is ln 10 = 2.3), not a batch's sum
        var loss = java.util.regex.Pattern.compile("loss (\\d+\\.\\d+)").matcher(r.err());
        assertTrue(loss.find(), r.err());
        double l = Double.parseDouble(loss.group(1));
        assertTrue(l > 0.05 && l < 3, "loss per sample: " + l);
    }

    @Test
    void runsListsShowsAndComparesAndADeadRunningProcessIsKilled() throws Exception {
        Path f = write("l.msp", "protocol L(d: Length = 10 nm) {\n  record(\"v\", 2 * d)\n}\nrun L()\nrun L(d = 30 nm)\n");
        assertEquals(0, run(f, "-q").exit());
        List<Path> two = runs("L");
        Path res = dir.resolve("res");
        var list = Cli.exec("runs", res.toString());
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().startsWith("run "), list.out());
        assertTrue(list.out().contains("d = 10 nm") && list.out().contains("d = 30 nm") && list.out().contains("v 60 nm"), list.out());
        var json = Cli.exec("runs", res.toString(), "--format", "json");
        assertEquals(2, JsonParser.parseString(json.out()).getAsJsonArray().size());
        var show = Cli.exec("runs", "show", two.get(0).toString());
        assertTrue(show.out().contains("finished") && show.out().contains("records.csv"), show.out());
        assertTrue(show.out().matches("(?s).*\\narguments\\s*\\n  d\\s+\\d+ nm\\nresults\\s*\\n  v\\s.*"), show.out());
        var cmp = Cli.exec("runs", "compare", two.get(0).toString(), two.get(1).toString());
        assertTrue(cmp.out().lines().anyMatch(l -> l.matches("d\\s+(10 nm\\s+30 nm|30 nm\\s+10 nm)")), cmp.out());

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path killed = two.get(1).resolve("run.json");
        Files.writeString(killed, Files.readString(killed).replace("\"finished\"", "\"running\"")
                .replaceAll("\"pid\": \\d+", "\"pid\": " + gone.pid()));
        assertTrue(Cli.exec("runs", res.toString()).out().contains("killed"));
        assertEquals(66, Cli.exec("runs", "show", dir.resolve("nothing").toString()).exit());
    }

    @Test
    void runsListsSweepsAndShowsOneWithItsRuns() throws Exception {
        Path f = write("s2.msp", "protocol S(m: Real = 1, seed: Int = 1) {\n  record(\"v\", m * seed)\n}\nrun S()\nsweep S(m = [2, 3], seed = [1, 2])\n");
        assertEquals(0, run(f, "-q").exit());
        Path res = dir.resolve("res");
        Path sweep;
        try (Stream<Path> s = Files.list(res.resolve("S"))) {
            sweep = s.filter(p -> p.getFileName().toString().startsWith("sweep-")).findFirst().orElseThrow();
        }
        var list = Cli.exec("runs", res.toString());
        assertEquals(0, list.exit(), list.err());
        String sweepLine = list.out().lines().filter(l -> l.startsWith("S/" + sweep.getFileName())).findFirst().orElseThrow(() -> new AssertionError(list.out()));
        assertTrue(sweepLine.contains("4 finished") && sweepLine.contains("m = [2, 3], seed = [1, 2]"), sweepLine);
        var json = JsonParser.parseString(Cli.exec("runs", res.toString(), "--format", "json").out()).getAsJsonArray();
        assertEquals(5, json.size(), "the single run and the sweep's four");
        long inSweep = 0;
        for (var e : json) if (e.getAsJsonObject().has("sweep")) inSweep++;
        assertEquals(4, inSweep, "each run of the sweep names it, the single run does not");
        var show = Cli.exec("runs", "show", sweep.toString());
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("4 finished") && show.out().contains("m = 3, seed = 2") && show.out().contains("v 6"), show.out());
        var showJson = JsonParser.parseString(Cli.exec("runs", "show", sweep.toString(), "--format", "json").out()).getAsJsonObject();
        assertEquals(4, showJson.getAsJsonArray("run_records").size());
    }
}
