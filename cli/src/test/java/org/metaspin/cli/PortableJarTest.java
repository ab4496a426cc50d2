package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `compile --jar` writes a jar that runs on its own: compiled by a copy of metaspin, which is
 * then renamed away (as a moved or deleted checkout would be), it still runs with
 * {@code java -jar} from an unrelated directory, prints, and reports a run-time error with
 * its `.msp` location and exit code 2.
 */
class PortableJarTest {
    @TempDir
    Path dir;

    @Test
    void aCompiledJarRunsAfterTheInstallationIsRenamedFromAnotherDirectory() throws Exception {
        Path install = dir.resolve("metaspin");
        List<String> cp = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path src = Path.of(e);
            if (e.isEmpty() || !Files.exists(src)) continue;
            Path dst = install.resolve(i++ + "-" + src.getFileName());
            copy(src, dst);
            cp.add(dst.toString());
        }
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("prog.msp"), """
                import std.devices.{PtSynapse}
                let twice = (x: Real) => 2 * x
                print("Delta", twice(PtSynapse.Delta) / 2 > 40)
                assert PtSynapse.Delta < 1, "Delta is large"
                """, StandardCharsets.UTF_8);
        Path jar = project.resolve("out/prog.jar");
        var compile = java(project, "-cp", String.join(File.pathSeparator, cp), "org.metaspin.cli.Main",
                "compile", "prog.msp", "--jar", "out/prog.jar");
        assertEquals(0, compile.exit(), compile.err());

        Files.move(install, dir.resolve("metaspin-renamed"));
        Files.move(project, dir.resolve("project-renamed"));
        jar = dir.resolve("project-renamed/out/prog.jar");
        try (JarFile j = new JarFile(jar.toFile())) {
            assertNull(j.getManifest().getMainAttributes().getValue("Class-Path"), "nothing outside the jar");
            assertTrue(j.getEntry("org/metaspin/runtime/api/RuntimeFailure.class") != null);
            assertNull(j.getEntry("org/metaspin/compiler/Compiler.class"), "the compiler is not needed to run");
        }
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        var run = java(elsewhere, "-jar", jar.toString());
        assertEquals("Delta true\n", run.out());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("runtime error[R0001]: Delta is large"), run.err());
        assertTrue(run.err().contains("at prog.msp:4"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static Cli.Result java(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("CLASSPATH");
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar finished");
        return new Cli.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void copy(Path src, Path dst) throws IOException {
        if (!Files.isDirectory(src)) {
            Files.createDirectories(dst.getParent());
            Files.copy(src, dst);
            return;
        }
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.naturalOrder())::iterator) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
