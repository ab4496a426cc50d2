package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `metaspin run --shard K/N` and `metaspin runs merge` (§11, §13; docs/cluster.md). */
class ShardedSweepTest {
    @TempDir
    Path dir;

    /**
     * 18 points; records whose values do not survive a round trip through a display unit
     * (1/3 of a nanometre times a seed), a dimensionless metric, and two points that fail (16 and 17: seed 3 and d = 30 nm).
     */
    private static final String SWEEP = "protocol W(d: Length = 10 nm, seed: Int = 1, h: Real = 0.5) {\n"
            + "  record(\"v\", seed * d * h / 3)\n  record(\"x\", h / 7 * seed)\n"
            + "  assert seed != 3 or d < 25 nm, \"unlucky\"\n}\n"
            + "sweep W(d = [10 nm, 20 nm, 30 nm], seed = [1, 2, 3], h = [0.1, 0.7])\n";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli.Result run(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "-q", "--out", out.toString()));
        args.addAll(List.of(more));
        args.add(file.toString());
        return Cli.exec(args.toArray(String[]::new));
    }

    private static List<Path> sweeps(Path protocolDir) throws IOException {
        try (Stream<Path> s = Files.list(protocolDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("sweep-")).sorted().toList();
        }
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    /** The point numbers of a sweep record. */
    private static List<Integer> points(Path sweep) throws IOException {
        List<Integer> p = new ArrayList<>();
        for (JsonElement e : json(sweep.resolve("sweep.json")).getAsJsonArray("runs")) p.add(e.getAsJsonObject().get("point").getAsInt());
        return p;
    }

    /** summary.csv without its last column (the run's directory, a random name). */
    private static List<String> summaryWithoutRunColumn(Path sweep) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(sweep.resolve("summary.csv"))) rows.add(line.substring(0, line.lastIndexOf(',')));
        return rows;
    }

    /** Every run's run.json under a protocol folder by its arguments: the metrics and last records as written. */
    private static Map<String, String> resultsByArguments(Path protocolDir) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (Stream<Path> s = Files.list(protocolDir)) {
            for (Path run : s.filter(p -> Files.isRegularFile(p.resolve("run.json"))).toList()) {
                JsonObject j = json(run.resolve("run.json"));
                String args = j.get("arguments").toString();
                assertTrue(m.put(args, j.get("status") + " " + j.get("metrics") + " " + j.get("records")) == null, "one run per point: " + args);
            }
        }
        return m;
    }

    @Test
    void threeShardsPartitionTheSweepAndTheMergedSummaryIsTheWholeSweeps() throws IOException {
        Path f = write("w.msp", SWEEP);
        Path whole = dir.resolve("whole");
        assertEquals(2, run(f, whole).exit(), "two points fail (seed 3, d >= 25 nm)");
        Path parts = dir.resolve("parts");
        for (int k = 1; k <= 3; k++) assertEquals(k == 1 ? 0 : 2, run(f, parts, "--shard", k + "/3").exit(), "points 16 and 17 fail");

        List<Path> records = sweeps(parts.resolve("W"));
        assertEquals(3, records.size());
        Set<Integer> union = new TreeSet<>();
        int total = 0;
        for (Path r : records) {
            JsonObject j = json(r.resolve("sweep.json"));
            int k = j.getAsJsonObject("shard").get("index").getAsInt();
            for (int p : points(r)) assertEquals(k, p % 3 + 1, "point " + p + " is shard " + (p % 3 + 1) + "'s, not " + k + "'s");
            union.addAll(points(r));
            total += points(r).size();
        }
        assertEquals(18, total, "pairwise disjoint");
        assertEquals(18, union.size());
        assertEquals(0, (int) ((TreeSet<Integer>) union).first());
        assertEquals(17, (int) ((TreeSet<Integer>) union).last());
        // the same runs, number for number
        assertEquals(resultsByArguments(whole.resolve("W")), resultsByArguments(parts.resolve("W")));

        var merged = Cli.exec("runs", "merge", parts.toString(), "--out", parts.toString());
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.out().contains("sweep W: 18 runs from 3 parts"), merged.out());
        List<Path> after = new ArrayList<>(sweeps(parts.resolve("W")));
        after.removeAll(records);
        assertEquals(1, after.size());
        Path m = after.get(0);
        Path w = sweeps(whole.resolve("W")).get(0);
        assertEquals(summaryWithoutRunColumn(w), summaryWithoutRunColumn(m));
        JsonObject mj = json(m.resolve("sweep.json"));
        assertEquals("failed", mj.get("status").getAsString());
        assertEquals(json(w.resolve("sweep.json")).get("parameters"), mj.get("parameters"));
        assertEquals(3, mj.getAsJsonArray("merged_from").size());
        // each merged entry names a run that exists, relative to the merged sweep's protocol folder
        for (JsonElement e : mj.getAsJsonArray("runs")) {
            JsonObject entry = e.getAsJsonObject();
            if (entry.has("directory")) assertTrue(Files.isRegularFile(m.getParent().resolve(entry.get("directory").getAsString()).resolve("run.json")));
        }
        // the merged table is what the whole sweep printed
        var again = run(f, dir.resolve("again"));
        String table = again.out().substring(again.out().indexOf('\n') + 1);
        assertTrue(merged.out().endsWith(table), merged.out() + "\n---\n" + table);
    }

    @Test
    void theAssignmentIsStableAndIndependentOfThreadsAndOtherSweeps() throws IOException {
        Path f = write("w.msp", SWEEP);
        run(f, dir.resolve("a"), "--shard", "2/5");
        run(f, dir.resolve("b"), "--shard", "2/5", "--threads", "1");
        List<Integer> a = points(sweeps(dir.resolve("a").resolve("W")).get(0));
        assertEquals(List.of(1, 6, 11, 16), a);
        assertEquals(a, points(sweeps(dir.resolve("b").resolve("W")).get(0)));
        // another sweep before it changes nothing of this one's parts
        Path g = write("g.msp", "protocol V(n: Int = 0) {\n  record(\"n\", n)\n}\nsweep V(n = [1, 2, 3, 4, 5, 6, 7])\n" + SWEEP);
        run(g, dir.resolve("c"), "--shard", "2/5");
        assertEquals(a, points(sweeps(dir.resolve("c").resolve("W")).get(0)));
        assertEquals(List.of(1, 6), points(sweeps(dir.resolve("c").resolve("V")).get(0)));
    }

    @Test
    void plainRunsAreNumberedInProgramOrderAndAShardWithoutPointsSaysSo() throws IOException {
        Path f = write("p.msp", "protocol P(x: Int = 0) {\n  record(\"x\", x)\n}\nfor i in range(0, 3) {\n  run P(x = i)\n}\n"
                + "sweep P(x = [10])\n");
        var one = Cli.exec("run", "--out", dir.resolve("o").toString(), "--shard", "2/2", f.toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.err().contains("run P(x = 0): shard 1/2 runs it, not this shard (2/2)"), one.err());
        assertTrue(one.err().contains("sweep P: shard 2/2 has none of its 1 point"), one.err());
        Set<String> xs = new HashSet<>();
        for (String args : resultsByArguments(dir.resolve("o").resolve("P")).keySet()) xs.add(args);
        assertEquals(Set.of("{\"x\":1}"), xs);
        run(f, dir.resolve("o"), "--shard", "1/2");
        assertEquals(Set.of("{\"x\":0}", "{\"x\":1}", "{\"x\":2}", "{\"x\":10}"), resultsByArguments(dir.resolve("o").resolve("P")).keySet());
    }

    @Test
    void aMissingShardIsNamedAndNothingIsMergedWithoutIt() throws IOException {
        Path f = write("w.msp", SWEEP);
        Path parts = dir.resolve("parts");
        run(f, parts, "--shard", "1/3");
        run(f, dir.resolve("elsewhere"), "--shard", "3/3");
        var r = Cli.exec("runs", "merge", parts.toString(), dir.resolve("elsewhere").toString(), "--out", dir.resolve("m").toString());
        assertEquals(66, r.exit());
        assertTrue(r.err().contains("6 of 18 points missing in 2 parts (points 1, 4, 7, 10, 13, 16: shard 2/3 has not written its part"), r.err());
        assertTrue(!Files.exists(dir.resolve("m")), "nothing written");
        // the part run later, in a third folder: all three folders merge
        run(f, dir.resolve("late"), "--shard", "2/3");
        var ok = Cli.exec("runs", "merge", parts.toString(), dir.resolve("elsewhere").toString(), dir.resolve("late").toString(),
                "--out", dir.resolve("m").toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(1 + 18 + 12, Files.readAllLines(sweeps(dir.resolve("m").resolve("W")).get(0).resolve("summary.csv")).size(),
                "a header, 18 runs, and mean and std for each of 6 (d, h)");
    }

    @Test
    void partsOfDifferentSweepsAreNotMixed() throws IOException {
        Path f = write("w.msp", SWEEP);
        Path parts = dir.resolve("parts");
        run(f, parts, "--shard", "1/2");
        run(f, parts, "--shard", "2/2", "--seed", "7");
        var r = Cli.exec("runs", "merge", parts.toString(), "--out", dir.resolve("m").toString());
        assertEquals(66, r.exit(), "another --seed is another experiment: each half is incomplete");
        assertNotEquals(-1, r.err().indexOf("shard 2/2 has not written"), r.err());
        assertNotEquals(-1, r.err().indexOf("shard 1/2 has not written"), r.err());
    }

    @Test
    void aBadShardIsAUsageError() throws IOException {
        Path f = write("w.msp", SWEEP);
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0")) {
            var r = run(f, dir.resolve("x"), "--shard", bad);
            assertEquals(64, r.exit(), bad);
            assertTrue(r.err().contains("--shard"), r.err());
        }
        var none = Cli.exec("runs", "merge", dir.toString());
        assertEquals(66, none.exit());
        assertTrue(none.err().contains("no part of a sharded sweep"), none.err());
    }
}
