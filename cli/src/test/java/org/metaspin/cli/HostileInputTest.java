package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.cli.Cli.Result;

/**
 * Inputs that are hostile by size, depth or encoding, through the whole command
 * ({@link Main#execute}): each ends in diagnostics with a code (exit 1) or a clean run
 * (exit 0), never a Java stack trace, a StackOverflowError or an internal error.
 */
class HostileInputTest {
    private static final int DEPTH = 10_000;
    private static final Pattern TRACE = Pattern.compile(
            "Exception|StackOverflow|OutOfMemory|\\bError:|\tat |^\\s+at [\\w$.]+\\(|internal (compiler )?error", Pattern.MULTILINE);
    private static final Pattern DIAG = Pattern.compile("error\\[E\\d{4}]: .*\\n\\s*--> .*:(\\d+):(\\d+)");

    @TempDir
    Path dir;

    @Test
    void tenThousandNestedParentheses() throws IOException {
        Path f = write("parens.msp", "let x = " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + "\nprint(x)\n");
        assertHandled(f, "1\n");
    }

    @Test
    void tenThousandUnclosedParentheses() throws IOException {
        Path f = write("unclosed.msp", "let x = " + "(".repeat(DEPTH) + "1\n");
        assertRejected(f);
    }

    @Test
    void tenThousandNestedLists() throws IOException {
        Path f = write("lists.msp", "let x = " + "[".repeat(DEPTH) + "1" + "]".repeat(DEPTH) + "\nprint(len(x))\n");
        assertHandled(f, "1\n");
    }

    @Test
    void tenThousandNestedCalls() throws IOException {
        Path f = write("calls.msp", "let x = " + "abs(".repeat(DEPTH) + "-2.5" + ")".repeat(DEPTH) + "\nprint(x)\n");
        assertHandled(f, "2.5\n");
    }

    @Test
    void tenThousandNestedBlocks() throws IOException {
        Path f = write("blocks.msp", "var n = 0\n" + "if true {\n".repeat(DEPTH) + "n = 1\n" + "}\n".repeat(DEPTH) + "print(n)\n");
        assertHandled(f, "1\n");
    }

    @Test
    void tenThousandNestedConditionals() throws IOException {
        Path f = write("cond.msp", "let x = " + "if true then ".repeat(DEPTH) + "1" + " else 0".repeat(DEPTH) + "\nprint(x)\n");
        assertHandled(f, "1\n");
    }

    @Test
    void tenThousandUnaryMinusAndPowers() throws IOException {
        Path f = write("unary.msp", "let x = " + "-".repeat(DEPTH) + "1\nlet y = " + "1 ^ ".repeat(DEPTH) + "1\nprint(x, y)\n");
        assertHandled(f, "1 1\n");
    }

    @Test
    void hundredThousandTermSum() throws IOException {
        Path f = write("sum.msp", "let x = 0" + " + 1".repeat(100_000) + "\nprint(x)\n");
        assertHandled(f, "100000\n");
    }

    @Test
    void oneMegabyteProgram() throws IOException {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (sb.length() < 1 << 20) {
            sb.append("/// helper ").append(k).append('\n');
            sb.append("fn f").append(k).append("(w: Length, n: Int = ").append(k % 7).append(") -> Area {\n");
            sb.append("  let a = w * (").append(k).append(" nm + 3 um)\n");
            sb.append("  if n > 3 { return a * 2 }\n");
            sb.append("  return a\n}\n");
            for (int j = 0; j < 4; j++, k++) {
                sb.append("let v").append(k).append(" = f").append(k - j).append("(").append(k % 100).append(" nm) to nm^2\n");
            }
            sb.append("var s").append(k).append(" = \"line ").append(k).append(" ${v").append(k - 1).append("}\"\n");
        }
        sb.append("print(v0, v").append(k - 1).append(" >= 0)\n");
        Path f = write("big.msp", sb.toString());
        assertTrue(Files.size(f) >= 1 << 20);
        Result check = Cli.exec("check", f.toString());
        assertClean(check);
        Result run = Cli.exec("run", f.toString());
        assertClean(run);
        assertTrue(run.exit() == 0 || run.exit() == 1 && DIAG.matcher(run.err()).find(), "exit " + run.exit() + "\n" + head(run.err()));
        assertEquals(run.exit(), check.exit(), "check and run disagree:\n" + head(check.err()));
        if (run.exit() == 0) assertEquals("0 true\n", run.out());
    }

    @Test
    void notUtf8() throws IOException {
        Path f = dir.resolve("latin1.msp");
        Files.write(f, "let ok = 1\nlet caf\u00e9 = \"na\u00efve\"\n".getBytes(StandardCharsets.ISO_8859_1));
        Result r = assertRejected(f);
        var m = DIAG.matcher(r.err());
        assertTrue(m.find());
        assertEquals("2", m.group(1), "the diagnostic is on the line of the first bad byte: " + r.err());
        Result json = Cli.exec("check", "--format", "json", f.toString());
        assertClean(json);
        assertEquals(1, json.exit());
        assertTrue(json.out().contains("\"code\":\"E0001\""), json.out());
    }

    @Test
    void binaryGarbage() throws IOException {
        Path f = dir.resolve("garbage.msp");
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        Files.write(f, b);
        assertRejected(f);
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertRuns(write("empty.msp", ""), "");
        assertRuns(write("bom.msp", "\uFEFF"), "");
        assertRuns(write("blank.msp", "\n\n  \t\n;;\n"), "");
        assertRuns(write("comment.msp", "// nothing here\n/* nor here */"), "");
        assertRuns(write("crlf.msp", "let x = 2\r\nprint(x)\r\n"), "2\n");
    }

    @Test
    void truncatedAtEveryKindOfEnd() throws IOException {
        for (String text : new String[] {"/* open", "\"open", "let x = \"${", "let x = \"${1 +", "let", "fn f(", "print(",
                "let x = 1 +", "\u0000", "let x = 1e", "\\", "let s = \"\\"}) {
            assertRejected(write("t" + Integer.toHexString(text.hashCode()) + ".msp", text));
        }
    }

    // ------------------------------------------------------------------

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void assertRuns(Path f, String out) {
        Result check = Cli.exec("check", f.toString());
        assertClean(check);
        assertEquals(0, check.exit(), "check " + f.getFileName() + "\n" + head(check.err()));
        Result run = Cli.exec("run", f.toString());
        assertClean(run);
        assertEquals(0, run.exit(), "run " + f.getFileName() + "\n" + head(run.err()));
        assertEquals(out, run.out());
    }

    /** A clean run that prints {@code out}, or a rejection with a diagnostic (a limit of the compiler is allowed). */
    private static void assertHandled(Path f, String out) {
        Result check = Cli.exec("check", f.toString());
        assertClean(check);
        if (check.exit() == 1) {
            assertTrue(DIAG.matcher(check.err()).find(), "a diagnostic with a code and a location:\n" + head(check.err()));
        } else {
            assertEquals(0, check.exit(), "check " + f.getFileName() + "\n" + head(check.err()));
        }
        Result run = Cli.exec("run", f.toString());
        assertClean(run);
        if (run.exit() == 1) {
            assertTrue(DIAG.matcher(run.err()).find(), "a diagnostic with a code and a location:\n" + head(run.err()));
        } else {
            assertEquals(0, run.exit(), "run " + f.getFileName() + "\n" + head(run.err()));
            assertEquals(out, run.out());
        }
    }

    private static Result assertRejected(Path f) {
        Result check = Cli.exec("check", f.toString());
        assertClean(check);
        assertEquals(1, check.exit(), "check " + f.getFileName() + "\n" + head(check.err()));
        assertTrue(DIAG.matcher(check.err()).find(), "a diagnostic with a code and a location:\n" + head(check.err()));
        Result run = Cli.exec("run", f.toString());
        assertClean(run);
        assertEquals(1, run.exit(), "run " + f.getFileName());
        return check;
    }

    private static void assertClean(Result r) {
        assertFalse(TRACE.matcher(r.err()).find(), "a Java failure reached the user:\n" + head(r.err()));
        assertFalse(TRACE.matcher(r.out()).find(), "a Java failure reached the user:\n" + head(r.out()));
    }

    private static String head(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }
}
