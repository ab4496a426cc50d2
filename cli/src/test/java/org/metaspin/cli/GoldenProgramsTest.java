package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.runtime.lang.Console;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Runs every `.msp` program under {@code examples/} and the compiler's test programs, in
 * the manner of Truffle's SimpleLanguage tests: a program's expected standard output
 * stands beside it in {@code NAME.out}; its expected diagnostics in {@code NAME.err}, one
 * per line as {@code CODE line:col} (compile time) or {@code CODE line} (a run-time error
 * and the line of its innermost `.msp` frame). Every class the compiler generates for a
 * valid program also passes ASM's {@link CheckClassAdapter}.
 */
class GoldenProgramsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern JSON = Pattern.compile("\"code\":\"(\\w+)\".*?\"line\":(\\d+),\"column\":(\\d+)");
    private static final Pattern RUNTIME = Pattern.compile("runtime error\\[(R\\d{4})]");
    private static final Pattern FRAME = Pattern.compile("^  at .*?:(\\d+)", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicNode> examples() throws IOException {
        return programs(ROOT.resolve("examples"));
    }

    @TestFactory
    Stream<DynamicNode> compilerTestPrograms() throws IOException {
        return programs(ROOT.resolve("compiler/src/test/programs"));
    }

    private static Stream<DynamicNode> programs(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".msp")).filter(GoldenProgramsTest::isEntry).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no programs under " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), f.toUri(), () -> check(f)));
    }

    /** A program is a test when it has an expectation; other files are modules it imports. */
    private static boolean isEntry(Path f) {
        return Files.exists(sibling(f, ".out")) || Files.exists(sibling(f, ".err"));
    }

    private static Path sibling(Path f, String ext) {
        String n = f.getFileName().toString();
        return f.resolveSibling(n.substring(0, n.length() - 4) + ext);
    }

    private static void check(Path f) throws IOException {
        Path outFile = sibling(f, ".out");
        Path errFile = sibling(f, ".err");
        List<String> expectedErrors = Files.exists(errFile) ? lines(errFile) : List.of();
        boolean compileErrors = expectedErrors.stream().anyMatch(l -> l.matches("[EW]\\d{4} .*"));
        boolean runtimeError = expectedErrors.stream().anyMatch(l -> l.startsWith("R"));

        Result check = exec("check", "--format", "json", f.toString());
        List<String> found = new ArrayList<>();
        Matcher m = JSON.matcher(check.out);
        while (m.find()) found.add(m.group(1) + " " + m.group(2) + ":" + m.group(3));
        List<String> expectedCompile = expectedErrors.stream().filter(l -> l.matches("[EW]\\d{4} .*")).toList();
        assertEquals(expectedCompile, found, "diagnostics of " + f + "\n" + exec("check", f.toString()).err);
        boolean hasErrors = expectedCompile.stream().anyMatch(l -> l.startsWith("E"));
        assertEquals(hasErrors ? 1 : 0, check.exit, "exit code of check");
        if (hasErrors) return;

        verifyClasses(f);
        Path results = Files.createTempDirectory("msp-results");
        Result run = exec("run", "--out", results.resolve("results").toString(), f.toString());
        if (Files.exists(outFile)) {
            String out = run.out.replace(results.toString() + java.io.File.separator, "");
            assertEquals(Files.readString(outFile, StandardCharsets.UTF_8), out, "standard output of " + f + "\n" + run.err);
        }
        if (runtimeError) {
            String want = expectedErrors.stream().filter(l -> l.startsWith("R")).findFirst().orElseThrow();
            Matcher rm = RUNTIME.matcher(run.err);
            Matcher fm = FRAME.matcher(run.err);
            String got = (rm.find() ? rm.group(1) : "none") + " " + (fm.find() ? fm.group(1) : "?");
            assertEquals(want, got, "run-time error of " + f + "\n" + run.err);
            assertEquals(2, run.exit, "exit code of a run-time error");
        } else {
            assertEquals(0, run.exit, "exit code of " + f + "\n" + run.err);
        }
        assertTrue(compileErrors || !run.err.contains("Exception"), run.err);
    }

    private static void verifyClasses(Path f) throws IOException {
        Compiler.Result r = new Compiler(List.of()).compile(new SourceFile(f.toString(), Files.readString(f)));
        ClassLoader loader = new org.metaspin.compiler.Program(r);
        for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), "bytecode of " + e.getKey());
        }
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    record Result(int exit, String out, String err) {}

    static Result exec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Console.redirect(o);
        try {
            int code = Main.execute(args, o, e);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Console.redirect(null);
        }
    }
}
