package org.metaspin.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplTest {
    static final String STACK = """
            import std.materials.{Pt, CoFeB, MgO}
            stack S {
              layers = Pt(5 nm) / CoFeB(1.1 nm) / MgO(2 nm)
              free = CoFeB
              Ks = 1.3 mJ/m^2
            }
            """;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String out() { return outBytes.toString(StandardCharsets.UTF_8); }

    private String err() { return errBytes.toString(StandardCharsets.UTF_8); }

    private int script(String text) {
        return Repl.script(new StringReader(text), out, err, new Repl.Options(List.of(), null));
    }

    private InputEvaluator evaluator() {
        return new InputEvaluator(List.of(), Path.of("").toAbsolutePath(), out, err, false);
    }

    // ------------------------------------------------------------------ echo

    @Test
    void expressionsEchoTheirValueAndType() {
        assertEquals(0, script("10 nm\n0.42\n[1, 2]\n2 + 3\n\"hi\"\n5 nm > 3 nm\n"));
        assertEquals("10 nm : Length\n0.42 : Real\n[1, 2] : List[Int]\n5 : Int\n\"hi\" : String\ntrue : Bool\n", out());
        assertEquals("", err());
    }

    @Test
    void functionValuesEchoAsPrintShowsThem() {
        assertEquals(0, script("fn area(w: Length, l: Length) -> Area = w * l\nlet f = area\n(x: Real) => x\n"));
        assertEquals("fn area\nf = fn area(Length, Length) -> Area : (Length, Length) -> Area\nfn(Real) -> Real : (Real) -> Real\n", out());
    }

    @Test
    void declarationsEchoNameAndKindAndLaterInputsSeeThem() {
        assertEquals(0, script(STACK + "S.Keff\nfn area(w: Length, l: Length = 1 um) -> Area = w * l\narea(2 um)\nlet x = 5 nm\nx * 2\n"));
        assertEquals("stack S\n189044 J/m^3 : EnergyDensity\nfn area\n2 um^2 : Area\nx = 5 nm : Length\n10 nm : Length\n"
                .replace("2 um^2", "2e-12 m^2"), out());
    }

    @Test
    void aCallReturningNothingPrintsOnlyItsOutput() {
        assertEquals(0, script("fn hello() { print(\"hello\") }\nhello()\nprint(1 + 1)\n"));
        assertEquals("fn hello\nhello\n2\n", out());
    }

    @Test
    void redefinitionReplacesForLaterInputs() {
        assertEquals(0, script("let x = 1\nfn f() -> Int = x + 1\nlet x = 10\nx\n"));
        assertTrue(out().endsWith("x = 10 : Int\n10 : Int\n"), out());
    }

    // ------------------------------------------------------------------ errors

    @Test
    void anErrorIsRenderedWithCaretsUnderTheInputAndTheExitStatusSaysSo() {
        assertEquals(1, script("let x = 5 nm + 3 ns\n5 nm + 3 ns\nlet y = 2\ny\n"));
        String e = err();
        assertTrue(e.contains("error[E0202]: cannot add `Length` and `Time`\n --> <input 1>:1:9\n  |\n1 | let x = 5 nm + 3 ns\n  |         ^^^^^^^^^^^"), e);
        // an echoed expression's error points into what the user typed, not into `let _it = …`
        assertTrue(e.contains(" --> <input 2>:1:1\n  |\n1 | 5 nm + 3 ns\n  | ^^^^^^^^^^^"), e);
        assertTrue(out().endsWith("2 : Int\n"), "the session goes on after an error: " + out());
    }

    @Test
    void aFailedInputLeavesNothingBehind() {
        assertEquals(1, script("let x = oops\nx\n"));
        assertTrue(err().contains("E0101"), err());
    }

    @Test
    void runtimeErrorsGiveStatusTwo() {
        assertEquals(2, script("let xs = [1, 2, 3]\nxs[5]\n"));
        assertTrue(err().contains("runtime error[R0002]"), err());
        assertTrue(err().contains("at <input 2>:1"), err());
    }

    // ------------------------------------------------------------------ continuation

    @Test
    void openBracketsBlocksAndTrailingOperatorsContinue() {
        assertEquals("}", Source.missing("fn f(x: Int) -> Int {\n  return x"));
        assertEquals(")", Source.missing("print(1,"));
        assertEquals("]", Source.missing("[1, 2"));
        assertNotNull(Source.missing("let x = 5 nm +"));
        assertEquals("*/", Source.missing("/* a comment"));
        assertNull(Source.missing("fn f(x: Int) -> Int {\n  return x\n}"));
        assertNull(Source.missing("\"unterminated"), "a mistake is complete: the compiler reports it");
        assertNull(Source.missing("print(\"}\") // {"));
        assertNull(Source.missing("\"${1 + 1}\""));
        Parser p = new MspParser();
        assertThrows(EOFError.class, () -> p.parse("stack S {", 9, Parser.ParseContext.ACCEPT_LINE));
        assertNotNull(p.parse("stack S {", 9, Parser.ParseContext.COMPLETE));
    }

    @Test
    void scriptModeJoinsLinesOfABlock() {
        assertEquals(0, script("fn twice(x: Int) -> Int {\n  return 2 *\n    x\n}\ntwice(\n  21)\n"));
        assertEquals("fn twice\n42 : Int\n", out());
    }

    @Test
    void theLineReaderContinuesAnOpenBlockOnADumbTerminal() throws Exception {
        byte[] typed = "fn f(x: Int) -> Int {\nreturn x + 1\n}\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(typed), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            InputEvaluator e = evaluator();
            LineReader r = Repl.reader(t, e, new Repl.Options(List.of(), null));
            String input = r.readLine(Repl.PROMPT);
            assertEquals("fn f(x: Int) -> Int {\nreturn x + 1\n}", input);
        }
    }

    // ------------------------------------------------------------------ commands

    @Test
    void commandsByUniquePrefix() {
        assertEquals(0, script(STACK + ":type S.Keff\n:t 5 nm / 2 ns\n:doc Keff\n:d disk\n:vars\n:explain E0202\n"));
        String o = out();
        assertTrue(o.contains("\nEnergyDensity\nVelocity\n"), o);
        assertTrue(o.contains("Stack.Keff: EnergyDensity (derived)"), o);
        assertTrue(o.contains("disk(diameter: Length > 0 and finite) -> Shape"), o);
        assertTrue(o.contains("material CoFeB\n"), o);
        assertTrue(o.contains("stack S\n"), o);
        assertTrue(o.contains("E0202"), o);
    }

    @Test
    void docShowsDocCommentsOfTheSessionAndTheStdlib() {
        assertEquals(0, script(STACK + "/// The area of a rectangle.\nfn area(w: Length, l: Length = 1 um) -> Area = w * l\n:doc area\n:doc CoFeB\n:doc S.Hk\n:doc device\n"));
        String o = out();
        assertTrue(o.contains("fn area(w: Length, l: Length = 1 um) -> Area\n  The area of a rectangle."), o);
        assertTrue(o.contains("material CoFeB : Material\n  "), o);
        assertTrue(o.contains("S.Hk: MagneticField (derived)"), o);
        assertTrue(o.contains("device (values of type Device)") && o.contains("  Delta: Real (derived)"), o);
    }

    @Test
    void badCommandsAreErrors() {
        assertEquals(1, script(":frobnicate\n"));
        assertTrue(err().contains("unknown command"), err());
        errBytes.reset();
        assertEquals(1, script(":doc Kef\n"));
        assertTrue(err().contains("no documentation for `Kef`; did you mean `Keff`?"), err());
    }

    @Test
    void resetForgetsAndQuitStops() {
        assertEquals(1, script("let x = 1\n:reset\nx\n"));
        assertTrue(err().contains("E0101"), err());
        outBytes.reset();
        assertEquals(0, script("1\n:q\n2\n"));
        assertEquals("1 : Int\n", out());
    }

    @Test
    void loadRunsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lib.msp");
        Files.writeString(f, "fn g() -> Int = h() + 1\nfn h() -> Int = 41\nprint(\"loaded\")\n");
        assertEquals(0, script(":load " + f + "\ng()\n"));
        assertEquals("loaded\nfn g\nfn h\n42 : Int\n", out());
        assertEquals(1, script(":load " + dir.resolve("missing.msp") + "\n"));
        assertTrue(err().contains("no such file"), err());
    }

    // ------------------------------------------------------------------ completion

    private List<String> complete(InputEvaluator e, String before) {
        return new MspCompleter(e).candidates(before).stream().map(Candidate::value).toList();
    }

    @Test
    void completesMembersIncludingDerivedOnes() {
        InputEvaluator e = evaluator();
        assertEquals(InputEvaluator.Status.OK, e.eval(STACK));
        List<String> c = complete(e, "S.");
        assertTrue(c.containsAll(List.of("layers", "free", "Ks", "Keff", "Hk", "perpendicular", "tFree")), c.toString());
        assertTrue(complete(e, "CoFeB.").contains("Ms"), complete(e, "CoFeB.").toString());
        assertTrue(complete(e, "print(S.layers, S.K").contains("Keff"));
        assertTrue(complete(e, ":doc S.").contains("Keff"));
        assertTrue(complete(e, ":doc stack.").contains("Keff"));
    }

    @Test
    void completesTheNamesOfImportedModulesAndTheirMembers() {
        InputEvaluator e = evaluator();
        assertEquals(InputEvaluator.Status.OK, e.eval("import std.materials"));
        assertEquals(InputEvaluator.Status.OK, e.eval("import std.devices as dev"));
        List<String> c = complete(e, "std.materials.");
        assertTrue(c.containsAll(List.of("Pt", "CoFeB", "FeRh")), c.toString());
        assertTrue(complete(e, "dev.").contains("PtSynapse"), complete(e, "dev.").toString());
        assertTrue(complete(e, "std.materials.CoFeB.").contains("Ms"), complete(e, "std.materials.CoFeB.").toString());
        assertTrue(complete(e, "dev.PtSynapse.").contains("Delta"), complete(e, "dev.PtSynapse.").toString());
    }

    @Test
    void typesAndCompletesThroughAModulePathWhosePrefixesAreNoModules(@TempDir Path dir) throws Exception {
        // `import lab.stacks.pt` binds `lab`, but only lab.stacks.pt is a module
        Files.createDirectories(dir.resolve("lab/stacks"));
        Files.writeString(dir.resolve("lab/stacks/pt.msp"), "let t = 5 nm\nmaterial Heavy { thetaSH = 0.07; rho = 2e-7 Ohm*m }\n");
        InputEvaluator e = new InputEvaluator(List.of(), dir, out, err, false);
        assertEquals(InputEvaluator.Status.OK, e.eval("import lab.stacks.pt"), err());
        assertEquals(e.typeOf("1 nm"), e.typeOfPath("lab.stacks.pt.t"));
        assertTrue(complete(e, "lab.stacks.pt.Heavy.").contains("thetaSH"), complete(e, "lab.stacks.pt.Heavy.").toString());
    }

    @Test
    void completesNamesKeywordsUnitsCommandsAndFiles(@TempDir Path dir) throws Exception {
        InputEvaluator e = evaluator();
        assertEquals(InputEvaluator.Status.OK, e.eval("let thickness = 1 nm"));
        List<String> names = complete(e, "let y = th");
        assertTrue(names.containsAll(List.of("thickness", "then", "while", "device", "sqrt", "mu0")), names.toString());
        assertTrue(complete(e, "let y = 5 ").contains("nm"));
        // every dimension name of §2.2 is a type to complete, not only the common ones
        assertTrue(complete(e, "let r: Resis").contains("Resistance"), complete(e, "let r: Resis").toString());
        assertTrue(complete(e, "let b: Flux").contains("FluxDensity"), complete(e, "let b: Flux").toString());
        assertTrue(complete(e, "let y = 5 n").containsAll(List.of("nm", "ns", "nA")));
        assertTrue(complete(e, "let j = 10 MA/").contains("m"));
        assertFalse(complete(e, "let y = x").contains("nm"), "no units after a name");
        assertTrue(complete(e, ":").containsAll(List.of(":help", ":quit", ":type", ":doc", ":load", ":vars", ":reset", ":explain")));
        assertTrue(complete(e, ":explain E02").contains("E0202"));
        Files.writeString(dir.resolve("a.msp"), "");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("notes.txt"), "");
        List<String> files = complete(e, ":load " + dir + "/");
        assertTrue(files.contains(dir + "/a.msp") && files.contains(dir + "/sub/"), files.toString());
        assertFalse(files.contains(dir + "/notes.txt"));
        // the parser gives JLine the same word the completer completes
        assertEquals(dir + "/a", new MspParser().parse(":load " + dir + "/a", (":load " + dir + "/a").length(), Parser.ParseContext.COMPLETE).word());
        assertEquals("Ke", new MspParser().parse("S.Ke", 4, Parser.ParseContext.COMPLETE).word());
    }

    // ------------------------------------------------------------------ highlighting

    @Test
    void highlightsKeywordsNumbersUnitsStringsAndComments() {
        String line = "let x = 5 mJ/m^2 + f(\"s\") // c";
        AttributedString a = new MspHighlighter(java.util.Set.of("device")).highlight(line);
        assertEquals(line, a.toString());
        assertEquals(MspHighlighter.KEYWORD, a.styleAt(0));
        assertEquals(MspHighlighter.NUMBER, a.styleAt(line.indexOf('5')));
        assertEquals(MspHighlighter.UNIT, a.styleAt(line.indexOf("mJ")));
        assertEquals(MspHighlighter.UNIT, a.styleAt(line.indexOf("m^2")));
        assertEquals(MspHighlighter.UNIT, a.styleAt(line.indexOf("2 +")));
        assertFalse(MspHighlighter.UNIT.equals(a.styleAt(line.indexOf("f("))));
        assertEquals(MspHighlighter.STRING, a.styleAt(line.indexOf("\"s")));
        assertEquals(MspHighlighter.COMMENT, a.styleAt(line.indexOf("//")));
        AttributedString k = new MspHighlighter(java.util.Set.of("device")).highlight("device D {}");
        assertEquals(MspHighlighter.KIND, k.styleAt(0));
        assertEquals(MspHighlighter.COMMAND, new MspHighlighter(java.util.Set.of()).highlight(":doc x").styleAt(1));
    }

    @Test
    void highlightsMalformedNumbersWholeAndRangesNot() {
        MspHighlighter h = new MspHighlighter(java.util.Set.of());
        // `3.` is a number and a `.` to the lexer, one malformed number (E0003) to the checker
        String line = "let x = 3. + 1.2.3 + 1.5.e2";
        AttributedString a = h.highlight(line);
        for (String bad : new String[] {"3.", "1.2.3", "1.5.e2"}) {
            int at = line.indexOf(bad);
            for (int k = at; k < at + bad.length(); k++) assertEquals(MspHighlighter.ERROR, a.styleAt(k), bad + " at " + k);
        }
        AttributedString r = h.highlight("for i in 1..5 {}");
        assertEquals(MspHighlighter.NUMBER, r.styleAt("for i in ".length()));
        assertFalse(MspHighlighter.ERROR.equals(r.styleAt("for i in 1".length())));
    }

    // ------------------------------------------------------------------ Ctrl-C

    @Test
    void cancelStopsAnEndlessLoopAndTheSessionGoesOn() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            InputEvaluator e = evaluator();
            assertEquals(InputEvaluator.Status.OK, e.eval("var n = 0"));
            Thread canceller = new Thread(() -> {
                while (!e.running()) Thread.onSpinWait();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ignored) {
                    return;
                }
                e.cancel();
            });
            canceller.start();
            assertEquals(InputEvaluator.Status.CANCELLED, e.eval("while true { n += 1 }"));
            canceller.join();
            assertTrue(err().contains("interrupted"), err());
            assertEquals(InputEvaluator.Status.OK, e.eval("n > 0"));
            assertTrue(out().endsWith("true : Bool\n"), out());
        });
    }

    @Test
    void ctrlCOnTheTerminalStopsWhileTrueAndReturnsToThePrompt() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            PipedOutputStream keys = new PipedOutputStream();
            PipedInputStream in = new PipedInputStream(keys);
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            try (Terminal t = new DumbTerminal("test", "dumb", in, screen, StandardCharsets.UTF_8)) {
                Thread shell = new Thread(() -> Repl.interactive(t, new Repl.Options(List.of(), null)));
                shell.start();
                keys.write("while true {}\n".getBytes(StandardCharsets.UTF_8));
                keys.flush();
                String s;
                while (true) {
                    Thread.sleep(150);
                    synchronized (screen) {
                        s = screen.toString(StandardCharsets.UTF_8);
                    }
                    if (s.contains("interrupted")) break;
                    t.raise(Terminal.Signal.INT); // what the terminal does on Ctrl-C
                }
                keys.write("6 * 7\n:quit\n".getBytes(StandardCharsets.UTF_8));
                keys.flush();
                shell.join();
                s = screen.toString(StandardCharsets.UTF_8);
                assertTrue(s.contains("42 : Int"), s);
                assertTrue(s.contains(Repl.PROMPT), s);
            }
        });
    }
}
