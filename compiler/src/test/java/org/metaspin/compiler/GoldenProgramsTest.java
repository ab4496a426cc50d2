package org.metaspin.compiler;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.resolve.SourceReader;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.protocol.RunSettings;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Runs every `.msp` program of {@code src/test/programs} and of the repository's
 * {@code examples/} in the manner of Truffle's SimpleLanguage tests: a program's expected
 * standard output stands beside it in {@code NAME.out}; its expected diagnostics in
 * {@code NAME.err}, one per line as {@code CODE line:col message} (compile time) or
 * {@code CODE line message} (a run-time error, the line of its innermost `.msp` frame). A
 * newline inside a message is written {@code \n}. Every class the compiler generates for a
 * program without errors also passes ASM's {@link CheckClassAdapter}.
 *
 * <p>{@code -Dgolden.update=true} rewrites the {@code .err} files from what the compiler
 * says now (review the diff before committing it); the {@code .out} files are never written.
 */
class GoldenProgramsTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** As `metaspin run` does: deep but legal recursion must not overflow the default stack. */
    private static final long STACK = 512L * 1024 * 1024;

    @TestFactory
    Stream<DynamicNode> testPrograms() throws IOException {
        return programs(Path.of("src/test/programs"));
    }

    @TestFactory
    Stream<DynamicNode> examples() throws IOException {
        return programs(Path.of("../examples"));
    }

    private static Stream<DynamicNode> programs(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".msp")).filter(GoldenProgramsTest::isEntry).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no programs under " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), f.toAbsolutePath().toUri(), () -> check(f)));
    }

    /** A program is a test when it has an expectation; other files are modules it imports. */
    private static boolean isEntry(Path f) {
        return Files.exists(sibling(f, ".out")) || Files.exists(sibling(f, ".err"));
    }

    private static Path sibling(Path f, String ext) {
        String n = f.getFileName().toString();
        return f.resolveSibling(n.substring(0, n.length() - 4) + ext);
    }

    private static void check(Path f) throws Throwable {
        Path errFile = sibling(f, ".err");
        List<String> expected = Files.exists(errFile) ? lines(errFile) : List.of();
        List<String> found = new ArrayList<>();

        Diagnostics decoding = new Diagnostics();
        SourceFile src = SourceReader.decode(f.toString(), Files.readAllBytes(f), decoding);
        Compiler.Result r = src == null ? new Compiler.Result(decoding, Map.of(), null, Map.of())
                : onBigStack(() -> new Compiler(List.of()).compile(src));
        for (Diagnostic d : r.diagnostics().sorted()) {
            found.add(d.code() + " " + d.span().line() + ":" + d.span().column() + " " + oneLine(d.message()));
        }
        if (r.ok()) {
            verifyClasses(r);
            String runtime = run(f, r);
            if (runtime != null) found.add(runtime);
        }
        if (UPDATE && !found.equals(expected)) {
            List<String> kept = new ArrayList<>(Files.exists(errFile)
                    ? Files.readAllLines(errFile).stream().filter(l -> l.startsWith("#")).toList() : List.of());
            kept.addAll(found);
            Files.writeString(errFile, String.join("\n", kept) + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", expected), String.join("\n", found), "diagnostics of " + f);
    }

    /** Runs the program; checks its standard output; returns its run-time error as an `.err` line, or null. */
    private static String run(Path f, Compiler.Result r) throws Throwable {
        Path results = Files.createTempDirectory("msp-results");
        RunSettings.configure(results.resolve("results"), null, f.toString(), "", "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunSettings.session(List.of("metaspin", "run", f.toString()), true, false, new PrintStream(err, true, StandardCharsets.UTF_8));
        Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
        Throwable failure;
        try {
            failure = onBigStack(() -> {
                try {
                    new Program(r).run();
                    return null;
                } catch (RuntimeFailure | StackOverflowError e) {
                    return e;
                }
            });
        } finally {
            Console.redirect(null);
        }
        Path outFile = sibling(f, ".out");
        if (Files.exists(outFile)) {
            String shown = out.toString(StandardCharsets.UTF_8).replace(results + java.io.File.separator, "");
            assertEquals(Files.readString(outFile, StandardCharsets.UTF_8), shown, "standard output of " + f + "\n" + err);
        }
        if (failure == null) return null;
        String code = failure instanceof RuntimeFailure rf ? rf.code().name() : "R0005";
        String message = failure instanceof RuntimeFailure ? failure.getMessage() : "recursion too deep: the stack overflowed";
        return code + " " + innermostLine(failure, r.sources()) + " " + oneLine(message);
    }

    /** The line of the innermost frame in the program's own classes, as `metaspin run` shows it first. */
    private static String innermostLine(Throwable t, Map<String, String> sources) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (sources.containsKey(e.getClassName()) && e.getLineNumber() >= 0) return Integer.toString(e.getLineNumber());
        }
        return "?";
    }

    private static void verifyClasses(Compiler.Result r) {
        ClassLoader loader = new Program(r);
        for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), "bytecode of " + e.getKey());
        }
    }

    interface Body<T> {
        T call() throws Throwable;
    }

    private static <T> T onBigStack(Body<T> body) throws Throwable {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "golden", STACK);
        t.start();
        t.join();
        if (thrown[0] != null) throw thrown[0];
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static String oneLine(String message) {
        return message.replace("\n", "\\n");
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
