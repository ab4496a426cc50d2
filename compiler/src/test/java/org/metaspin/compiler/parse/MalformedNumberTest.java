package org.metaspin.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * The malformed numbers the checker finds after the lexer: the text the number rule of §15
 * takes when it may look past a `.`, and nothing where that rule stops before the `.`.
 */
class MalformedNumberTest {
    @Test
    void aDotThatNoDigitFollowsMakesTheNumberMalformed() {
        assertEquals("3.", first("3. + 1"));
        assertEquals("3.", first("3.x"));
        assertEquals("3.e5", first("3.e5"));
        assertEquals("1.2.", first("1.2."));
        assertEquals("1.2.3.", first("1.2.3."));
        assertEquals("1_.", first("1_."));
        assertEquals("1.5.e+", first("1.5.e+"));
        // longer than the first window read
        String digits = "1" + "0".repeat(100);
        assertEquals(digits + ".", first(digits + ". "));
    }

    @Test
    void rangesExponentsAndLeadingDotsAreNotIt() {
        assertEquals(null, first("1..5"));
        assertEquals(null, first("1..=5"));
        assertEquals(null, first("1 . 5"));
        assertEquals(null, first("1e3."));   // the number rule takes no `.` after an exponent
        assertEquals(null, first(".5."));    // nor starts with one
        assertEquals(null, first("1.5"));
    }

    /** What {@link MalformedNumber#withDot} finds at the first number of {@code text}. */
    private static String first(String text) {
        List<? extends Token> ts = new MetaSpinLexer(CharStreams.fromString(text)).getAllTokens();
        for (int i = 0; i < ts.size(); i++) {
            int type = ts.get(i).getType();
            if (type == MetaSpinLexer.NUMBER || type == MetaSpinLexer.BAD_NUMBER) {
                return MalformedNumber.withDot(ts.get(i), i + 1 < ts.size() ? ts.get(i + 1) : null);
            }
        }
        throw new AssertionError("no number in " + text);
    }
}
