package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.cli.Cli.Result;

/**
 * The reproducers of the reliability audit that concern the compiler's limits, through the
 * whole command: each ends in a bounded set of diagnostics with codes, never a Java failure,
 * and `check` rejects exactly what `run` rejects.
 */
class CompilerLimitsTest {
    private static final Pattern JAVA = Pattern.compile("Exception|OutOfMemory|StackOverflow|\tat |internal (compiler )?error");

    @TempDir
    Path dir;

    @Test
    void fiveThousandNestedLambdasGiveOneBoundedDiagnostic() throws IOException {
        Path f = write("lambdas.msp", "let f = " + "x => ".repeat(5_000) + "1\n");
        Result r = Cli.exec("check", f.toString());
        assertEquals(1, r.exit());
        assertClean(r);
        assertTrue(r.err().length() < 2_000, r.err().length() + " chars of diagnostics");
        assertTrue(r.err().contains("error[E0001]: the program is nested too deeply"), r.err());
    }

    @Test
    void twentyThousandNestedLambdasUnderJson() throws IOException {
        Path f = write("lambdas.msp", "let f = " + "x => ".repeat(20_000) + "1\n");
        Result r = Cli.exec("check", "--format", "json", f.toString());
        assertEquals(1, r.exit());
        assertClean(r);
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("{\"code\":\"E0001\""), r.out());
    }

    @Test
    void deepPrefixOperatorsBeforeASyntaxError() throws IOException {
        // `not` x 100,000 then a syntax error took 9.5 s in the parser's full-context retry
        for (String op : new String[] {"not ", "-", "x ^ ", "if x then 1 else ", "x => "}) {
            Path f = write("deep.msp", "let x = 1\nlet y = " + op.repeat(100_000) + "x x\n");
            Result r = Cli.exec("check", f.toString());
            assertEquals(1, r.exit(), op);
            assertClean(r);
            assertTrue(r.err().contains("error[E0001]: the program is nested too deeply") && r.err().contains("deep.msp:2:"), r.err());
        }
    }

    @Test
    void nestingJustBelowTheLimitStillCompiles() throws IOException {
        Path f = write("ok.msp", "let f = " + "(x: Real) => ".repeat(900) + "1\nlet n = " + "not ".repeat(900) + "true\nprint(n)\n");
        Result r = Cli.exec("run", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("true\n", r.out());
    }

    @Test
    void atMostAHundredDiagnosticsPerFileThenACount() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("let a").append(i).append(" = 1 nm + 1 s\n");
        Path f = write("many.msp", sb.toString());
        Result r = Cli.exec("check", f.toString());
        assertEquals(1, r.exit());
        assertEquals(100, count(Pattern.compile("^error\\[E0202]", Pattern.MULTILINE).matcher(r.err())));
        assertTrue(r.err().contains("note: 200 more diagnostics in `" + f + "` not shown; only the first 100 are"), tail(r.err()));
        assertTrue(r.err().contains("due to 300 previous errors"), tail(r.err()));
        Result json = Cli.exec("check", "--format", "json", f.toString());
        assertEquals(100, json.out().lines().count());
    }

    @Test
    void checkReportsTheClassLimitThatRunReports() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.append("let x").append(i).append(" = ").append(i).append(".5 nm\n");
        sb.append("print(x99999)\n");
        Path f = write("big.msp", sb.toString());
        Result check = Cli.exec("check", f.toString());
        Result run = Cli.exec("run", f.toString());
        assertEquals(1, run.exit(), tail(run.err()));
        assertEquals(run.exit(), check.exit(), tail(check.err()));
        assertTrue(check.err().contains("is too large to compile"), tail(check.err()));
        assertEquals(firstLine(run.err()), firstLine(check.err()));
    }

    @Test
    void controlCharactersInTheSourceAreEscaped() throws IOException {
        Path f = write("ctl.msp", "let s = \"\u001b]0;owned\u0007\u001b[2J\" + 1\n");
        Result r = Cli.exec("check", f.toString());
        assertEquals(1, r.exit());
        assertFalse(r.err().chars().anyMatch(c -> c < 0x20 && c != '\n'), r.err());
        assertTrue(r.err().contains("\u241b]0;owned\u2407\u241b[2J"), r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertClean(Result r) {
        assertFalse(JAVA.matcher(r.err()).find(), tail(r.err()));
        assertFalse(JAVA.matcher(r.out()).find(), tail(r.out()));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    private static String tail(String s) {
        return s.length() > 2000 ? "…" + s.substring(s.length() - 2000) : s;
    }
}
