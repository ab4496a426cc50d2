package org.metaspin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.cli.Main;
import org.metaspin.runtime.lang.Console;

/**
 * A sweep through Spark in local mode ({@code local[2]}: two executor threads in this JVM)
 * gives the thread pool's summary and runs, bit for bit; the runs' files come back to the
 * driver's results folder, or are written straight into a shared one.
 */
class SparkSweepTest {
    @TempDir
    Path dir;

    /** 8 points of a small continual-learning run; the point seed = 4, lr = 0.1 fails. */
    private static final String SWEEP = "protocol L(seed: Int = 1, lr: Real = 0.01) {\n"
            + "  let tasks = permuted(digits(), count = 2, seed = seed)\n"
            + "  let net = mlp(inputs = 64, hidden = [8], outputs = 10, seed = seed)\n"
            + "  for task in tasks {\n    train(net, task, adam(lr = lr), epochs = 1, batch = 100)\n    evaluate(net, tasks)\n  }\n"
            + "  record(\"lr_used\", lr)\n  print(\"done ${seed} ${lr}\")\n"
            + "  assert seed != 4 or lr < 0.05, \"diverged\"\n}\n"
            + "print(\"top level\")\nsweep L(seed = [1, 2, 3, 4], lr = [0.01, 0.1])\n";

    @BeforeAll
    static void localSpark() {
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    record Result(int exit, String out, String err) {}

    private static Result exec(Function<PrintStream[], Integer> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Console.redirect(o);
        try {
            int exit = command.apply(new PrintStream[] {o, e});
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Console.redirect(null);
        }
    }

    private Result local(Path file, Path out) {
        return exec(s -> Main.execute(new String[] {"run", "-q", "--out", out.toString(), file.toString()}, s[0], s[1]));
    }

    private Result spark(Path file, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(file.toString(), "-q", "--out", out.toString()));
        args.addAll(List.of(more));
        return exec(s -> SparkMain.execute(args.toArray(String[]::new), s[0], s[1]));
    }

    private static Path sweep(Path protocolDir) throws IOException {
        try (Stream<Path> s = Files.list(protocolDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("sweep-")).findFirst().orElseThrow();
        }
    }

    private static List<String> summaryWithoutRunColumn(Path sweep) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(sweep.resolve("summary.csv"))) rows.add(line.substring(0, line.lastIndexOf(',')));
        return rows;
    }

    /** Each run by its arguments: status, metrics and last records as run.json has them, and the files of its folder. */
    private static Map<String, String> runs(Path protocolDir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(protocolDir)) {
            for (Path run : s.filter(p -> Files.isRegularFile(p.resolve("run.json"))).toList()) {
                JsonObject j = JsonParser.parseString(Files.readString(run.resolve("run.json"))).getAsJsonObject();
                List<String> files;
                try (Stream<Path> f = Files.list(run)) {
                    files = f.map(p -> p.getFileName().toString()).sorted().toList();
                }
                m.put(j.get("arguments").toString(), j.get("status") + " " + j.get("error") + " " + j.get("metrics") + " "
                        + j.get("records") + " " + files);
            }
        }
        return m;
    }

    @Test
    void aSweepThroughSparkIsTheThreadPoolsBitForBitWithTheFilesBroughtBack() throws IOException {
        Path f = dir.resolve("l.msp");
        Files.writeString(f, SWEEP);
        Result pool = local(f, dir.resolve("pool"));
        Result spark = spark(f, dir.resolve("spark"));
        assertEquals(2, pool.exit(), pool.err());
        assertEquals(2, spark.exit(), "the failing point fails the program as on the thread pool: " + spark.err());
        assertTrue(spark.err().contains("runtime error[R0001]: diverged"), spark.err());

        assertEquals(summaryWithoutRunColumn(sweep(dir.resolve("pool").resolve("L"))), summaryWithoutRunColumn(sweep(dir.resolve("spark").resolve("L"))));
        Map<String, String> runs = runs(dir.resolve("spark").resolve("L"));
        assertEquals(8, runs.size(), "every point's files are in the driver's results folder");
        assertEquals(runs(dir.resolve("pool").resolve("L")), runs);
        assertTrue(runs.values().stream().filter(r -> r.startsWith("\"failed\"")).count() == 1, runs.toString());
        assertTrue(runs.values().stream().allMatch(r -> r.contains("accuracy.csv") && r.contains("records.csv")), runs.toString());
        // what the points print comes back; the top level prints once, on the driver
        assertEquals(1, spark.out().split("top level", -1).length - 1, spark.out());
        assertTrue(spark.out().contains("done 3 0.1"), spark.out());
        // the table the driver prints is the thread pool's
        assertEquals(table(pool.out()), table(spark.out()));
    }

    /** The sweep's table as printed, from its header on. */
    private static String table(String out) {
        String t = out.substring(out.indexOf("sweep L"));
        return t.substring(t.indexOf('\n') + 1);
    }

    @Test
    void withASharedFolderTheExecutorsWriteTheRunsThere() throws IOException {
        Path f = dir.resolve("s.msp");
        Files.writeString(f, "protocol S(x: Int = 0) {\n  record(\"y\", x * x)\n}\nsweep S(x = [1, 2, 3])\n");
        Result r = spark(f, dir.resolve("shared"), "--shared");
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(sweep(dir.resolve("shared").resolve("S")).resolve("summary.csv"));
        assertEquals("x,y,status,run", csv.get(0));
        assertTrue(csv.get(3).startsWith("3,9,finished,"), csv.toString());
        assertEquals(3, runs(dir.resolve("shared").resolve("S")).size());
    }
}
