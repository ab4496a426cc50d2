package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in separate processes (§11, issue 16): concurrent processes never share a run
 * directory, and a run stopped by a signal leaves complete files. Child JVMs run the
 * command line's Main on this test's class path.
 */
class RunProcessesTest {
    @TempDir
    Path dir;

    private static ProcessBuilder metaspin(String... args) {
        return metaspinWith(List.of(), args);
    }

    private static ProcessBuilder metaspinWith(List<String> jvmOptions, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.metaspin.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /** -Dmetaspin.profile=true (bench/peer.sh) ends a run with the time and samples/s of each phase. */
    @Test
    void profilingReportsEveryPhaseOfTraining() throws Exception {
        Path program = dir.resolve("train.msp");
        Files.writeString(program, "let net = mlp(inputs = 64, hidden = [32], outputs = 10, seed = 1)\n"
                + "let tasks = permuted(digits(), count = 1, seed = 1)\n"
                + "train(net, tasks[0], adam(lr = 0.01), epochs = 1)\nprint(accuracy(net, tasks[0]) > 0.3)\n");
        Path err = dir.resolve("profile.err");
        Process p = metaspinWith(List.of("-Dmetaspin.profile=true"), "run", "-q", program.toString())
                .redirectError(err.toFile()).redirectOutput(dir.resolve("profile.out").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err));
        String report = Files.readString(err);
        for (String phase : List.of("JVM start to compile", "compile", "data loading", "forward", "backward", "update", "evaluation")) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(phase) && !l.matches(".*\\s0\\.000\\s.*")), phase + " has a time: " + report);
        }
        // forward, backward and update each saw the 1437 training samples once: a rate per phase
        assertTrue(report.lines().filter(l -> l.matches("(forward|backward|update).*\\s\\d+$")).count() == 3, report);
        assertTrue(report.contains("total (JVM start to end of run)"), report);
        // the products inside those phases, with a rate, and each shape with its calls (bench/openblas.py replays them)
        assertTrue(report.lines().anyMatch(l -> l.matches("\\s+real-valued products \\(fp32\\)\\s+[\\d.]+\\s+[\\d.]+%\\s+[\\d.]+\\s+\\d+")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("\\s+shape 64 x 32 x \\d+: \\d+ calls, [\\d.]+ s")), "dW of the first layer: " + report);
    }

    private Process start(Path program, Path out) throws IOException {
        return metaspin("run", "-q", "--out", out.toString(), program.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    /** Standard output holds only the program's output, progress goes to standard error (files, not terminals). */
    @Test
    void progressGoesToStandardErrorOnlyAndOffATerminalOneLinePerEvent() throws Exception {
        Path program = dir.resolve("p.msp");
        Files.writeString(program, "protocol P(i: Int = 0) {\n  print(\"value\", i)\n}\nrun P()\nsweep P(i = [1, 2])\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = metaspin("run", "--out", dir.resolve("res").toString(), program.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        List<String> stdout = Files.readAllLines(out);
        assertEquals("value 0", stdout.get(0));
        assertTrue(stdout.stream().noneMatch(l -> l.contains("->")), "no progress on standard output: " + stdout);
        String stderr = Files.readString(err);
        assertTrue(stderr.startsWith("run P(i = 0) -> "), stderr);
        assertTrue(stderr.contains("[2/2] P(i = "), "one line per finished run of a sweep: " + stderr);
        assertTrue(!stderr.contains("\r") && !stderr.contains("\033"), "no terminal control off a terminal");
    }

    /**
     * --resume in the folder a user works in, with the default `results` (a relative path):
     * the second sweep reuses every finished run, makes no new run directory, says so on
     * standard error and its sweep.json names the reused directories.
     */
    @Test
    void resumeWithTheDefaultResultsFolderReusesEveryFinishedRun() throws Exception {
        Files.writeString(dir.resolve("s.msp"), "protocol S(d: Length = 10 nm, seed: Int = 1) {\n  record(\"v\", seed * d)\n}\n"
                + "sweep S(d = [10 nm, 20 nm], seed = [1, 2])\n");
        Path err = dir.resolve("err.txt");
        for (int round = 0; round < 2; round++) {
            Process p = metaspin("run", "--resume", "s.msp").directory(dir.toFile())
                    .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(err));
        }
        String second = Files.readString(err);
        assertEquals(4, second.lines().filter(l -> l.contains("reused")).count(), second);
        List<Path> sweeps;
        try (Stream<Path> s = Files.list(dir.resolve("results").resolve("S"))) {
            List<Path> all = s.toList();
            assertEquals(4, all.stream().filter(r -> !r.getFileName().toString().startsWith("sweep-")).count(), "no new run: " + all);
            sweeps = all.stream().filter(r -> r.getFileName().toString().startsWith("sweep-")).toList();
        }
        assertEquals(2, sweeps.size());
        for (Path sweep : sweeps) {
            var runs = JsonParser.parseString(Files.readString(sweep.resolve("sweep.json"))).getAsJsonObject().getAsJsonArray("runs");
            for (var r : runs) {
                Path run = sweep.getParent().resolve(r.getAsJsonObject().get("directory").getAsString());
                assertTrue(Files.isRegularFile(run.resolve("run.json")), "sweep.json names a run of this folder: " + run);
            }
        }
    }

    /**
     * Progress with a terminal on one stream and a file on the other (through util-linux
     * `script`, skipped where it is missing): with standard error on the terminal, a live
     * status line is drawn there and the redirected standard output holds only the program's
     * output; with standard output on the terminal, the terminal shows only the program's
     * output and the redirected standard error gets plain lines; -q leaves the terminal to
     * the program.
     */
    @Test
    void progressFollowsTheTerminalWhicheverStreamIsRedirected() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        Path program = dir.resolve("t.msp");
        Files.writeString(program, "protocol T() {\n  let tasks = permuted(digits(), count = 1, seed = 1)\n"
                + "  let net = mlp(inputs = 64, hidden = [16], outputs = 10, seed = 1)\n  print(\"value\", 1)\n"
                + "  train(net, tasks[0], adam(lr = 0.01), epochs = 2, batch = 50)\n}\nrun T()\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");

        String screen = onTerminal("run " + program + " > " + out);
        assertTrue(screen.contains("run T() -> ") && screen.contains("\r\033[2Ktrain "), "a live line on the terminal: " + screen);
        assertTrue(screen.contains("samples/s") && screen.contains("ETA"), screen);
        assertEquals(List.of("value 1"), Files.readAllLines(out), "standard output holds the program's output only");

        screen = onTerminal("run " + program + " 2> " + err);
        assertTrue(screen.contains("value 1") && !screen.contains("->") && !screen.contains("\033"), screen);
        String lines = Files.readString(err);
        assertTrue(lines.startsWith("run T() -> ") && lines.contains("  train ") && lines.contains("T finished"), lines);
        assertTrue(!lines.contains("\r") && !lines.contains("\033"), "plain lines in a file: " + lines);

        screen = onTerminal("-q run " + program + " > " + out);
        assertTrue(!screen.contains("train") && !screen.contains("->"), "-q: nothing on standard error: " + screen);
    }

    /** What the terminal shows while `metaspin ARGS` (a shell command line, so it may redirect) runs in a pseudo-terminal. */
    private String onTerminal(String args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "cd " + dir + " && exec " + java + " -XX:TieredStopAtLevel=1 -cp " + System.getProperty("java.class.path")
                + " org.metaspin.cli.Main " + args;
        ProcessBuilder pb = new ProcessBuilder(List.of("script", "-qfec", cmd, "/dev/null")).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        Path screen = dir.resolve("screen-" + System.nanoTime() + ".txt");
        Process p = pb.redirectOutput(screen.toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return Files.readString(screen, StandardCharsets.UTF_8);
    }

    /** 4 processes at once, each a sweep of 100 runs: 400 runs, 400 distinct directories, each finished. */
    @Test
    void concurrentProcessesGetDistinctRunDirectories() throws Exception {
        Path program = dir.resolve("many.msp");
        Files.writeString(program, "protocol P(i: Int = 0) {\n  record(\"i\", i)\n}\nsweep P(i = range(0, 100))\n");
        Path out = dir.resolve("results");
        List<Process> ps = new ArrayList<>();
        for (int k = 0; k < 4; k++) ps.add(start(program, out));
        for (Process p : ps) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
            assertEquals(0, p.exitValue());
        }
        Set<String> names = new HashSet<>();
        try (Stream<Path> runs = Files.list(out.resolve("P"))) {
            for (Path r : runs.filter(p -> !p.getFileName().toString().startsWith("sweep-")).toList()) {
                names.add(r.getFileName().toString());
                assertTrue(Files.readString(r.resolve("run.json")).contains("\"status\": \"finished\""), r.toString());
            }
        }
        assertEquals(400, names.size());
    }

    /**
     * SIGTERM and SIGINT (at random moments of a run that records and draws all the time)
     * leave `interrupted`, valid JSON, whole CSV rows and no temporary file; SIGKILL leaves
     * valid files with status `running` (`metaspin runs` shows it as killed) and no temporary
     * in the run's directory. Ten of each (about 30 s; {@code -Dkill.rounds=N} for another
     * number).
     */
    @Test
    void signalsAtRandomMomentsLeaveCompleteFiles() throws Exception {
        Path program = dir.resolve("busy.msp");
        Files.writeString(program, "protocol Busy() {\n  var i = 0\n  while i < 100000000 {\n    record(\"i\", i * 1 mA)\n"
                + "    if mod(i, 50) == 0 { plot([1.0, 2.0], [1.0, i * 1.0], file = \"p.png\") }\n    i = i + 1\n  }\n}\nrun Busy()\n");
        Random rnd = new Random(16);
        // a process that ignores SIGINT (a shell's background job) starts children that ignore it too
        String[] signals = sigintIgnored() ? new String[] {"TERM", "KILL"} : new String[] {"TERM", "INT", "KILL"};
        if (signals.length == 2) System.err.println("RunProcessesTest: SIGINT is ignored by this process and its children; INT not sent");
        int rounds = Integer.getInteger("kill.rounds", 10);
        for (int round = 0; round < rounds; round++) {
            List<Process> ps = new ArrayList<>();
            List<Path> outs = new ArrayList<>();
            for (String sig : signals) {
                Path out = dir.resolve("r" + round + sig);
                outs.add(out);
                ps.add(start(program, out));
            }
            for (int k = 0; k < signals.length; k++) {
                int k2 = k;
                Path runJson = waitForRun(outs.get(k));
                Thread.sleep(rnd.nextInt(400));
                Process p = ps.get(k);
                new ProcessBuilder("kill", "-" + signals[k], Long.toString(p.pid())).start().waitFor();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), () -> "the run ends after " + signals[k2] + ":\n" + threadDump(p));
                String json = Files.readString(runJson, StandardCharsets.UTF_8);
                String status = JsonParser.parseString(json).getAsJsonObject().get("status").getAsString();
                assertEquals(signals[k].equals("KILL") ? "running" : "interrupted", status, signals[k]);
                Path run = runJson.getParent();
                for (String row : Files.readAllLines(run.resolve("records.csv"))) {
                    assertEquals(5, row.split(",", -1).length, "a whole row: " + row);
                }
                assertTrue(Files.readString(run.resolve("records.csv")).endsWith("\n"), "the last row is whole");
                try (Stream<Path> files = Files.list(run)) {
                    assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary in the run");
                }
                Path temporaries = outs.get(k).resolve(".tmp");
                if (!signals[k].equals("KILL") && Files.isDirectory(temporaries)) {
                    try (Stream<Path> files = Files.list(temporaries)) {
                        assertEquals(0, files.count(), "the shutdown hook removed the temporaries after " + signals[k]);
                    }
                }
            }
        }
    }

    /**
     * When the signal's record of a run cannot be written (its folder was replaced by a
     * file), standard error says so and names the run, and the process still ends.
     */
    @Test
    void aRunThatCannotBeMarkedInterruptedSaysSo() throws Exception {
        Path program = dir.resolve("quiet.msp");
        Files.writeString(program, "protocol Busy() {\n  var i = 0\n  while i < 100000000 {\n    record(\"i\", i * 1.0)\n    i = i + 1\n  }\n}\n"
                + "run Busy()\n");
        Path out = dir.resolve("gone");
        Path log = dir.resolve("gone.log");
        Process p = metaspin("run", "-q", "--out", out.toString(), program.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path run = null;
        for (int i = 0; i < 1200 && run == null; i++) {
            Path protocol = out.resolve("Busy");
            if (Files.isDirectory(protocol)) {
                try (Stream<Path> s = Files.list(protocol)) {
                    run = s.filter(r -> Files.exists(r.resolve("run.json"))).findFirst().orElse(null);
                }
            }
            if (run == null) Thread.sleep(50);
        }
        assertTrue(run != null, "the run did not start in 60 s");
        try (Stream<Path> files = Files.list(run)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(run);
        Files.writeString(run, "not a folder");
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(said.contains("metaspin: cannot record run " + run + " as interrupted: cannot write " + run.resolve("run.json")), said);
    }

    /** Whether this process ignores SIGINT (Linux: /proc/self/status); a JVM then installs no handler for it. */
    private static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: as if not ignored
        }
        return false;
    }

    /** The threads of a process that did not end, for the failure message (jstack of the JDK running the tests). */
    private static String threadDump(Process p) {
        try {
            Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
            Process d = new ProcessBuilder(jstack.toString(), Long.toString(p.pid())).redirectErrorStream(true).start();
            String dump = new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            d.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        } finally {
            p.destroyForcibly();
        }
    }

    private static Path waitForRun(Path out) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Path protocol = out.resolve("Busy");
            if (Files.isDirectory(protocol)) {
                try (Stream<Path> s = Files.list(protocol)) {
                    var run = s.findFirst();
                    if (run.isPresent() && Files.exists(run.get().resolve("p.png"))) return run.get().resolve("run.json");
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run did not start in 60 s");
    }
}
