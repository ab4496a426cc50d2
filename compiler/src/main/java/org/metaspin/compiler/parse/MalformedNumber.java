package org.metaspin.compiler.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * The malformed numbers the lexer leaves to the checker (§15, E0003): a number directly
 * followed by a `.` that is not the start of a range (`3.`, `1.2.`, `3.e5`), which the lexer
 * returns as a number and a `.`. The malformed text is what the number rule would take with
 * one look past each `.`: digits and `_`, then `.` groups not followed by another `.`, then
 * an exponent. When that rule would not take the `.` either (`1e3.`), it is no malformed
 * number but a `.` where none belongs, which the parser reports.
 */
public final class MalformedNumber {
    private static final Pattern FORM = Pattern.compile("[0-9][0-9_]*(?:\\.(?!\\.)[0-9_]*)*(?:[eE][+-]?[0-9_]*)?");

    private MalformedNumber() {}

    /**
     * The malformed text that starts at {@code number} (a NUMBER or BAD_NUMBER token that starts
     * with a digit) when {@code next} is a `.` right after it; null otherwise.
     */
    public static String withDot(Token number, Token next) {
        if (next == null || next.getType() != MetaSpinLexer.DOT || next.getStartIndex() != number.getStopIndex() + 1) return null;
        if (!Character.isDigit(number.getText().charAt(0))) return null;
        CharStream in = number.getInputStream();
        int start = number.getStartIndex();
        // the match is ASCII, so its length in chars is its length in code points; read more only while it reaches the end of what was read
        for (int window = 64; ; window *= 2) {
            int stop = Math.min(in.size() - 1, start + window - 1);
            Matcher m = FORM.matcher(in.getText(Interval.of(start, stop)));
            if (!m.lookingAt()) return null;
            if (m.end() < stop - start + 1 || stop == in.size() - 1) {
                // after an exponent the number rule takes no `.` (`1e3.` is a number and a `.`, a syntax error)
                return m.end() > number.getStopIndex() - start + 1 ? m.group() : null;
            }
        }
    }
}
