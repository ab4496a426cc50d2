package org.metaspin.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineViewTest {
    @Test
    void controlCharactersFromTheSourceNeverReachTheTerminal() {
        String src = "let s = \"\u001b[2J\u0007\u202eevil\"\n";
        SourceFile f = new SourceFile("c.msp", src);
        Diagnostic d = Diagnostic.of(Code.E0201, new Span(f, 8, src.length() - 1), "bad `\u001b[31m`").withHelp("no \u009b here");
        String out = new TextRenderer(false).render(d);
        for (char c : out.toCharArray()) {
            assertTrue(c == '\n' || c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f) && (c < 0x202a || c > 0x202e), "raw U+" + Integer.toHexString(c) + " in\n" + out);
        }
        assertTrue(out.contains("let s = \"\u241b[2J\u2407<U+202E>evil\""), out);
        assertTrue(out.contains("bad `\u241b[31m`"), out);
        assertTrue(out.contains("no <U+009B> here"), out);
        // the carets still end under the closing quote: ␛ and ␇ are one column, <U+202E> eight
        String carets = out.lines().filter(l -> l.contains("^")).findFirst().orElseThrow();
        assertEquals("let s = \"\u241b[2J\u2407<U+202E>evil\"".length(), carets.lastIndexOf('^') - carets.indexOf('|') - 1);
    }

    @Test
    void aTabInAMessageIsAPictureButInTheSourceItIndents() {
        assertEquals("unexpected `\u2409`", LineView.visible("unexpected `\t`", false));
        assertEquals("a\nb", LineView.visible("a\nb", true));
        assertEquals("a\u240ab", LineView.visible("a\nb", false));
        assertEquals("    x", new LineView("\tx", 0).shown());
    }

    @Test
    void longLinesAreCutAroundTheSpan() {
        String line = "let x = " + "a + ".repeat(10_000) + "\"s\" + 1";
        SourceFile f = new SourceFile("long.msp", line);
        int at = line.indexOf("\"s\"");
        String out = new TextRenderer(false).render(Diagnostic.of(Code.E0201, new Span(f, at, at + 3), "cannot add"));
        assertTrue(out.length() < 600, out.length() + " chars:\n" + out);
        List<String> rows = out.lines().toList();
        String source = rows.stream().filter(r -> r.startsWith("1 |")).findFirst().orElseThrow();
        String carets = rows.stream().filter(r -> r.contains("^^^")).findFirst().orElseThrow();
        assertTrue(source.startsWith("1 | ...") && source.endsWith("\"s\" + 1"), source);
        assertEquals("\"s\"", source.substring(carets.indexOf('^'), carets.lastIndexOf('^') + 1));
        assertTrue(source.length() <= 4 + LineView.MAX_WIDTH, source);
    }

    @Test
    void longQuotesInMessagesKeepTheirEnds() {
        String digits = "1234567890".repeat(3_000);
        String src = "let x = " + digits + "\n";
        SourceFile f = new SourceFile("n.msp", src);
        String out = new TextRenderer(false).render(Diagnostic.of(Code.E0003, new Span(f, 8, 8 + digits.length()),
                "malformed number `" + digits + "`").withHelp("write `" + digits + "` differently"));
        assertTrue(out.length() < 1_000, out.length() + " chars:\n" + out);
        assertTrue(out.contains("malformed number `12345678901234567890123456789\u202623456789012345678901234567890`"), out);
        assertEquals("a `short` one", LineView.text("a `short` one", false));
        assertTrue(LineView.text("x".repeat(5_000), false).length() <= LineView.MAX_TEXT);
    }

    @Test
    void shortLinesAreShownWhole() {
        assertEquals("let x = 1", new LineView("let x = 1", 4).shown());
        assertFalse(new LineView("x".repeat(LineView.MAX_WIDTH), 0).shown().contains("..."));
        String cut = new LineView("y".repeat(1000), 0).shown();
        assertTrue(cut.endsWith("...") && !cut.startsWith("...") && cut.length() <= LineView.MAX_WIDTH, cut);
    }
}
