package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.InternalFailure;
import org.metaspin.compiler.diag.JsonRenderer;
import org.metaspin.compiler.diag.SarifRenderer;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.repl.RuntimeErrors;

/** A failure of metaspin itself: one line asking for a report, exit 70, and a place in JSON and SARIF. */
class InternalFailureTest {
    @Test
    void aCrashInACompilationIsOneLineAndAnInternalFailure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path file = Path.of("crash.msp");
        Compiler.Result r = Build.guarded(file, new SourceFile("crash.msp", ""), () -> {
            throw new IllegalStateException("a bug\nwith a second line");
        }, err);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, printed.lines().count(), printed);
        assertTrue(printed.startsWith("metaspin: internal error while compiling crash.msp (java.lang.IllegalStateException: a bug)"), printed);
        assertTrue(printed.contains("please report it"), printed);
        assertEquals(1, r.diagnostics().internalFailures().size());
        assertTrue(r.diagnostics().hasErrors());
        assertEquals(70, ExitCodes.INTERNAL);
    }

    @Test
    void aJavaExceptionWhileRunningIsOneLineWithTheMspPlaceNotAnRCode() {
        IllegalStateException bug = new IllegalStateException("broken");
        bug.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.metaspin.runtime.X", "f", "X.java", 10),
            new StackTraceElement("msp.demo", "fn$g$1", "demo.msp", 7),
            new StackTraceElement("msp.demo", "$init", "demo.msp", 9)});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuntimeErrors.print(bug, java.util.Map.of("msp.demo", "demo.msp"), false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of("metaspin: internal error while running the program (java.lang.IllegalStateException: broken, at demo.msp:7);"
                + " this is a bug in metaspin, not in your program: please report it with the program (--trace shows the Java stack)"),
                printed.lines().toList());
        assertTrue(RuntimeErrors.isInternal(bug));
        assertTrue(!RuntimeErrors.isInternal(org.metaspin.runtime.api.RuntimeFailure.invalid("x")));
        assertTrue(!RuntimeErrors.isInternal(new StackOverflowError()));
    }

    @Test
    void aStackOverflowIsANestingDiagnosticNotAnInternalFailure() {
        Compiler.Result r = Build.guarded(Path.of("deep.msp"), new SourceFile("deep.msp", "x"), () -> {
            throw new StackOverflowError();
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(r.diagnostics().internalFailures().isEmpty());
        assertEquals("E0001", r.diagnostics().sorted().get(0).code().name());
    }

    @Test
    void jsonCarriesItAsAnObjectOfCodeInternal() {
        InternalFailure f = new InternalFailure("a.msp", "internal error while compiling a.msp (x)");
        assertEquals("{\"code\":\"internal\",\"severity\":\"error\",\"file\":\"a.msp\",\"line\":1,\"column\":1,\"endLine\":1,"
                + "\"endColumn\":1,\"message\":\"internal error while compiling a.msp (x)\"}", new JsonRenderer().render(f));
    }

    @Test
    void sarifCarriesItAsAToolExecutionNotification() {
        InternalFailure f = new InternalFailure("a.msp", "internal error while compiling a.msp (x)");
        String log = new SarifRenderer("1").render(List.of(), List.of(f));
        assertTrue(log.contains("\"executionSuccessful\": false"), log);
        assertTrue(log.contains("\"toolExecutionNotifications\""), log);
        assertTrue(log.contains("internal error while compiling a.msp (x)"), log);
        assertTrue(!new SarifRenderer("1").render(List.of()).contains("invocations"));
    }
}
