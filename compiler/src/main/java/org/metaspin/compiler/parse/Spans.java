package org.metaspin.compiler.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;

/**
 * Turns ANTLR positions into {@link Span}s. ANTLR counts code points, Java strings count
 * UTF-16 units: they differ only after a character outside the BMP, so the table is built
 * only for such files.
 */
final class Spans {
    private final SourceFile file;
    private final int[] charOffset;

    Spans(SourceFile file) {
        this.file = file;
        String text = file.text();
        if (text.codePointCount(0, text.length()) == text.length()) {
            charOffset = null;
        } else {
            int n = text.codePointCount(0, text.length());
            charOffset = new int[n + 1];
            int c = 0;
            for (int i = 0; i < n; i++) {
                charOffset[i] = c;
                c += Character.charCount(text.codePointAt(c));
            }
            charOffset[n] = c;
        }
    }

    SourceFile file() { return file; }

    private int at(int codePoint) {
        if (charOffset == null) return Math.max(0, Math.min(codePoint, file.text().length()));
        return charOffset[Math.max(0, Math.min(codePoint, charOffset.length - 1))];
    }

    Span of(int startCp, int endCp) {
        return new Span(file, at(startCp), at(Math.max(startCp, endCp)));
    }

    Span of(Token t) {
        if (t.getType() == Token.EOF) {
            // just after the last character written, not on the empty line a final newline makes
            int end = file.text().stripTrailing().length();
            return new Span(file, end, end);
        }
        return of(t.getStartIndex(), t.getStopIndex() + 1);
    }

    Span of(TerminalNode n) { return of(n.getSymbol()); }

    Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null && ctx.getStop().getTokenIndex() >= ctx.getStart().getTokenIndex() ? ctx.getStop() : ctx.getStart();
        return of(ctx.getStart()).to(of(stop));
    }
}
