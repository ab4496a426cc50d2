package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `metaspin` command's contract: exit codes of §14, output streams of §15, compile and run options of §13. */
class CommandLineTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Cli.Result exec(String... args) {
        return Cli.exec(args);
    }

    @Test
    void unknownOptionIsAUsageErrorWithTheUsage() {
        var r = exec("--bogus");
        assertEquals(64, r.exit());
        assertTrue(r.err().contains("Usage: metaspin"), r.err());
    }

    @Test
    void missingFileExits66WithOneLineNamingIt() {
        var r = exec("run", dir.resolve("nope.msp").toString());
        assertEquals(66, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nope.msp"), r.err());
    }

    @Test
    void syntaxErrorExits1WithCodeAndLocation() throws IOException {
        Path f = write("bad.msp", "let x = (1 +\n");
        var r = exec("check", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error[E0001]"), r.err());
        assertTrue(r.err().contains(f + ":1:"), r.err());
    }

    @Test
    void runtimeErrorExits2WithTheMspFrames() throws IOException {
        Path f = write("boom.msp", "fn pick(i: Int) -> Int = [1, 2][i]\nprint(pick(0))\nprint(pick(7))\n");
        var r = exec("run", f.toString());
        assertEquals(2, r.exit());
        assertEquals("1\n", r.out());
        assertTrue(r.err().startsWith("runtime error[R0002]: "), r.err());
        assertTrue(r.err().contains("boom.msp:1 (in pick)") && r.err().contains("boom.msp:3"), r.err());
        assertTrue(!r.err().contains("java."), "no Java frames without --trace: " + r.err());
    }

    @Test
    void aRuntimeErrorInAProtocolShowsEachFrameOnce() throws IOException {
        Path f = write("proto.msp", "protocol F() {\n  let xs = [1, 2]\n  print(xs[5])\n}\nrun F()\n");
        var r = exec("run", "--out", f.getParent().resolve("res").toString(), f.toString());
        assertEquals(2, r.exit());
        List<String> frames = r.err().lines().filter(l -> l.startsWith("  at ")).toList();
        assertEquals(List.of("  at proto.msp:3 (in F)", "  at proto.msp:5"), frames.stream().map(l -> l.replace(f.getParent() + "/", "")).toList(), r.err());
    }

    @Test
    void jsonAndSarifGoToStandardOutput() throws IOException {
        Path f = write("dim.msp", "let x = 5 nm + 3 ns\n");
        var json = exec("check", "--format", "json", f.toString());
        assertEquals(1, json.exit());
        assertTrue(json.out().contains("\"code\":\"E0202\"") && json.out().contains("\"line\":1,\"column\":9"), json.out());
        var sarif = exec("check", "--format", "sarif", f.toString());
        assertTrue(sarif.out().contains("\"version\": \"2.1.0\"") || sarif.out().contains("\"version\":\"2.1.0\""), sarif.out());
        assertTrue(sarif.out().contains("E0202"), sarif.out());
    }

    @Test
    void setOverridesALetAndIsCheckedLikeSource() throws IOException {
        Path f = write("set.msp", "let T = 300 K\nprint(T)\n");
        assertEquals("350 K\n", exec("run", "--set", "T=350K", f.toString()).out());
        var bad = exec("run", "--set", "T=3 nm", f.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("E0202"), bad.err());
        var unknown = exec("run", "--set", "Q=1", f.toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("--set Q"), unknown.err());
    }

    @Test
    void seedSetsASeedParameterWhereThereIsOneAndIsQuietOtherwise() throws IOException {
        Path none = write("noseed.msp", "print(\"no seed\")\n");
        var r = exec("run", "--seed", "4", none.toString());
        assertEquals(0, r.exit());
        assertEquals("no seed\n", r.out());
        assertEquals("", r.err());
        Path with = write("seed.msp", "let seed = 1\nprint(seed)\n");
        assertEquals("7\n", exec("run", "--seed", "7", with.toString()).out());
    }

    @Test
    void compileWritesClassesAndAJarWithTheProgram() throws IOException {
        Path f = write("prog.msp", "print(\"compiled\")\n");
        assertEquals(0, exec("compile", f.toString(), "-d", dir.resolve("classes").toString()).exit());
        assertTrue(Files.exists(dir.resolve("classes/msp/prog.class")));
        Path jar = dir.resolve("prog.jar");
        assertEquals(0, exec("compile", f.toString(), "--jar", jar.toString()).exit());
        try (JarFile j = new JarFile(jar.toFile())) {
            assertTrue(j.getEntry("msp/prog.class") != null);
            assertEquals("org.metaspin.cli.JarLauncher", j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("msp.prog", j.getManifest().getMainAttributes().getValue("MetaSpin-Main"));
        }
    }

    @Test
    void explainPrintsTheLongExplanation() {
        var r = exec("explain", "E0202");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("E0202"), r.out());
        assertEquals(64, exec("explain", "E9999").exit());
    }

    @Test
    void protocolRunWritesItsResults() throws IOException {
        Path f = write("p.msp", "protocol P(x: Real = 2) {\n  record(\"double\", 2 * x)\n}\nrun P(x = 4)\n");
        Path out = dir.resolve("res");
        assertEquals(0, exec("run", "--out", out.toString(), f.toString()).exit());
        try (var runs = Files.list(out.resolve("P"))) {
            Path run = runs.findFirst().orElseThrow();
            String json = Files.readString(run.resolve("run.json"));
            assertTrue(json.contains("\"x\": 4") && json.contains("\"double\": 8") && json.contains("\"status\": \"finished\""), json);
            assertTrue(Files.readString(run.resolve("records.csv")).matches("step,time_s,name,value,unit\n0,\\d+\\.\\d{3},double,8,\n"),
                    Files.readString(run.resolve("records.csv")));
        }
    }
}
