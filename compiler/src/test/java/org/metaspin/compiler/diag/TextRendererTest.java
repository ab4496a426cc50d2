package org.metaspin.compiler.diag;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    static final SourceFile BAD = new SourceFile("examples/bad.msp",
        "import std.materials.{Pt}\n\n// adds a length and a time\nlet x = 5 nm + 3 ns\nprint(x)\n");

    static Span span(SourceFile f, String needle) {
        int i = f.text().indexOf(needle);
        assertTrue(i >= 0, needle);
        return new Span(f, i, i + needle.length());
    }

    final TextRenderer plain = new TextRenderer();

    @Test
    void specExampleExactly() {
        Diagnostic d = Diagnostic.of(Code.E0202, span(BAD, "5 nm + 3 ns"), "cannot add `Length` and `Time`")
            .withLabel("`5 nm` is a Length, `3 ns` is a Time");
        assertEquals("""
            error[E0202]: cannot add `Length` and `Time`
             --> examples/bad.msp:4:9
              |
            4 | let x = 5 nm + 3 ns
              |         ^^^^^^^^^^^ `5 nm` is a Length, `3 ns` is a Time
            """, plain.render(d));
    }

    @Test
    void helpNotesAndWarning() {
        SourceFile f = new SourceFile("a.msp", "let nm = 2\nlet y = 5 nm\n");
        Diagnostic d = Diagnostic.of(Code.W0002, new Span(f, 21, 23), "unit symbol `nm` shadows a variable")
            .withLabel("read as the unit nanometre")
            .withNote(new Span(f, 4, 6), "variable `nm` defined here")
            .withHelp("write `(5) * nm` to multiply by the variable");
        assertEquals("""
            warning[W0002]: unit symbol `nm` shadows a variable
             --> a.msp:2:11
              |
            1 | let nm = 2
              |     -- variable `nm` defined here
            2 | let y = 5 nm
              |           ^^ read as the unit nanometre
              |
              = help: write `(5) * nm` to multiply by the variable
            """, plain.render(d));
    }

    @Test
    void noLabelNoTrailingBlank() {
        SourceFile f = new SourceFile("a.msp", "let x = 5 hm");
        Diagnostic d = Diagnostic.of(Code.E0004, new Span(f, 10, 12), "unknown unit `hm`").withHelp("did you mean `nm`?");
        assertEquals("""
            error[E0004]: unknown unit `hm`
             --> a.msp:1:11
              |
            1 | let x = 5 hm
              |           ^^
              |
              = help: did you mean `nm`?
            """, plain.render(d));
    }

    @Test
    void tabsAndWideCharactersKeepCaretsAligned() {
        SourceFile f = new SourceFile("t.msp", "\tlet θ_SH = 1 nm +\t3 ns\n");
        Span s = span(f, "1 nm +\t3 ns");
        Diagnostic d = Diagnostic.of(Code.E0202, s, "cannot add `Length` and `Time`").withLabel("here");
        assertEquals("""
            error[E0202]: cannot add `Length` and `Time`
             --> t.msp:1:13
              |
            1 |     let θ_SH = 1 nm +   3 ns
              |                ^^^^^^^^^^^^^ here
            """, plain.render(d));
        SourceFile g = new SourceFile("u.msp", "let 𝛼 = x\n");
        Span x = span(g, "x");
        assertEquals(9, x.column(), "an astral code point is one column");
        assertTrue(plain.render(Diagnostic.of(Code.E0101, x, "undefined name `x`")).contains("\n  |         ^\n"));
    }

    @Test
    void multiLineSpanUnderlinesToEndOfFirstLine() {
        SourceFile f = new SourceFile("m.msp", "let s = f(1,\n  2\n");
        Diagnostic d = Diagnostic.of(Code.E0206, new Span(f, 8, 16), "missing argument `b`").withLabel("in this call");
        assertEquals("""
            error[E0206]: missing argument `b`
             --> m.msp:1:9
              |
            1 | let s = f(1,
              |         ^^^^ in this call
            """, plain.render(d));
    }

    @Test
    void emptySpanAtEndOfFileGetsOneCaret() {
        SourceFile f = new SourceFile("e.msp", "print(\"abc");
        Diagnostic d = Diagnostic.of(Code.E0001, new Span(f, 10, 10), "expected `)`");
        assertTrue(plain.render(d).endsWith("1 | print(\"abc\n  | " + " ".repeat(10) + "^\n"), plain.render(d));
    }

    @Test
    void gapsAndGutterWidth() {
        StringBuilder src = new StringBuilder();
        for (int i = 1; i <= 12; i++) src.append("let v").append(i).append(" = ").append(i).append('\n');
        SourceFile f = new SourceFile("g.msp", src.toString());
        Diagnostic d = Diagnostic.of(Code.E0102, span(f, "v12"), "`v12` is defined twice")
            .withLabel("second definition")
            .withNote(span(f, "v10"), "first")
            .withNote(span(f, "v2 "), "other");
        assertEquals("""
            error[E0102]: `v12` is defined twice
              --> g.msp:12:5
               |
             2 | let v2 = 2
               |     --- other
            ...
            10 | let v10 = 10
               |     --- first
            11 | let v11 = 11
            12 | let v12 = 12
               |     ^^^ second definition
            """, plain.render(d));
    }

    @Test
    void notesInOtherFilesAndWithoutSpan() {
        SourceFile a = new SourceFile("a.msp", "import b\n");
        SourceFile b = new SourceFile("lib/b.msp", "import a\n");
        Diagnostic d = Diagnostic.of(Code.E0105, span(a, "b"), "import cycle: a -> b -> a")
            .withNote(span(b, "a"), "`b` imports `a` here")
            .withNote(null, "modules may not import each other");
        assertEquals("""
            error[E0105]: import cycle: a -> b -> a
             --> a.msp:1:8
              |
            1 | import b
              |        ^
             ::: lib/b.msp:1:8
              |
            1 | import a
              |        - `b` imports `a` here
              |
              = note: modules may not import each other
            """, plain.render(d));
    }

    @Test
    void multiLineHelpIsIndented() {
        SourceFile f = new SourceFile("a.msp", "x\n");
        Diagnostic d = Diagnostic.of(Code.E0101, span(f, "x"), "undefined name `x`").withHelp("first\nsecond");
        assertTrue(plain.render(d).endsWith("  = help: first\n          second\n"), plain.render(d));
    }

    @Test
    void severalDiagnosticsAreSeparatedByABlankLine() {
        Diagnostic d = Diagnostic.of(Code.E0101, span(BAD, "x"), "undefined name `x`");
        String one = plain.render(d);
        assertEquals(one + "\n" + one, plain.render(List.of(d, d)));
        assertEquals("", plain.render(List.of()));
    }

    @Test
    void colour() {
        Diagnostic d = Diagnostic.of(Code.E0202, span(BAD, "5 nm"), "m").withLabel("l");
        String c = new TextRenderer(true).render(d);
        assertTrue(c.startsWith("\u001b[1;31merror[E0202]\u001b[0m\u001b[1m: m\u001b[0m\n"), c);
        assertTrue(c.contains("\u001b[1;31m^^^^ l\u001b[0m"), c);
        assertEquals(plain.render(d), c.replaceAll("\u001b\\[[0-9;]*m", ""), "colour only adds escapes");
        assertFalse(plain.render(d).contains("\u001b"));
    }

    @Test
    void summaries() {
        assertEquals("error: could not compile `bad.msp` due to 2 previous errors\n", plain.summary("bad.msp", 2, 0));
        assertEquals("error: could not compile `bad.msp` due to previous error\n", plain.summary("bad.msp", 1, 0));
        assertEquals("error: could not compile `bad.msp` due to 3 previous errors; 1 warning emitted\n", plain.summary("bad.msp", 3, 1));
        assertEquals("warning: `ok.msp` generated 2 warnings\n", plain.summary("ok.msp", 0, 2));
        assertEquals("", plain.summary("ok.msp", 0, 0));
        Diagnostics sink = new Diagnostics();
        sink.report(Code.E0101, span(BAD, "x"), "undefined");
        sink.report(Code.W0001, span(BAD, "print"), "unused");
        assertEquals("error: could not compile `f` due to previous error; 1 warning emitted\n", plain.summary("f", sink));
    }

    @Test
    void displayColumns() {
        assertEquals(0, new LineView("\tx", 0).column(0));
        assertEquals(4, new LineView("\tx", 0).column(1));
        assertEquals(4, new LineView("ab\tx", 0).column(3));
        assertEquals(8, new LineView("abcd\tx", 0).column(5));
        assertEquals("ab  x", new LineView("ab\tx", 0).shown());
        assertEquals(2, new LineView("𝛼x", 0).column(3));
    }
}
