package org.metaspin.compiler.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * Finds the mistakes that are visible in the tokens alone, before the parser sees them:
 * malformed numbers (E0003), unterminated strings and comments (E0002), stray characters,
 * and brackets that do not match. Reporting these here, with the opening bracket's place,
 * keeps the parser from burying one missing `)` under follow-on errors.
 */
final class LexicalCheck {
    /** Deeper nesting than this is no program a person writes; the limit keeps every phase's recursion bounded. */
    static final int MAX_NESTING = 256;

    private final Spans spans;
    private final Diagnostics diags;

    LexicalCheck(Spans spans, Diagnostics diags) {
        this.spans = spans;
        this.diags = diags;
    }

    /** Returns true when the tokens are fit to parse. */
    boolean check(List<Token> tokens) {
        int before = diags.errorCount();
        Token openString = null;
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case MetaSpinLexer.NUMBER, MetaSpinLexer.BAD_NUMBER -> {
                    String bad = MalformedNumber.withDot(t, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
                    if (bad == null && t.getType() == MetaSpinLexer.BAD_NUMBER) bad = t.getText();
                    if (bad == null) continue;
                    int end = t.getStartIndex() + bad.length();
                    diags.report(Diagnostic.of(Code.E0003, spans.of(t.getStartIndex(), end),
                            "malformed number `" + bad + "`").withLabel(badNumberReason(bad)));
                    while (i + 1 < tokens.size() && tokens.get(i + 1).getStartIndex() < end && tokens.get(i + 1).getType() != Token.EOF) i++;
                }
                case MetaSpinLexer.UNTERMINATED_COMMENT -> diags.report(Diagnostic.of(Code.E0002,
                        spans.of(t.getStartIndex(), t.getStartIndex() + 2), "unterminated block comment")
                        .withLabel("this comment is never closed").withHelp("close it with `*/`"));
                case MetaSpinLexer.STR_START -> openString = t;
                case MetaSpinLexer.STR_END -> openString = null;
                case MetaSpinLexer.STR_UNTERMINATED -> {
                    Token q = openString != null ? openString : t;
                    diags.report(Diagnostic.of(Code.E0002, spans.of(q), "unterminated string")
                            .withLabel("this string is not closed on its line")
                            .withHelp("add the closing `\"`; a string may not span lines"));
                    openString = null;
                }
                case MetaSpinLexer.STR_BAD_ESCAPE -> diags.report(Diagnostic.of(Code.E0001, spans.of(t),
                        "unknown escape `" + t.getText() + "` in a string")
                        .withHelp("the escapes are \\n \\t \\\" \\\\ \\$"));
                case MetaSpinLexer.BAD_CHAR -> diags.report(Diagnostic.of(Code.E0001, spans.of(t),
                        "unexpected character `" + t.getText() + "`"));
                case MetaSpinLexer.LPAREN, MetaSpinLexer.LBRACK, MetaSpinLexer.LBRACE -> {
                    open.push(t);
                    if (open.size() > MAX_NESTING) {
                        diags.report(Diagnostic.of(Code.E0001, spans.of(t),
                                "brackets nested more than " + MAX_NESTING + " deep")
                                .withHelp("split the expression with `let` bindings"));
                        return false;
                    }
                }
                case MetaSpinLexer.RPAREN, MetaSpinLexer.RBRACK, MetaSpinLexer.RBRACE -> {
                    if (open.isEmpty()) {
                        diags.report(Diagnostic.of(Code.E0001, spans.of(t), "unmatched `" + t.getText() + "`")
                                .withLabel("nothing is open here"));
                        return false;
                    }
                    Token o = open.pop();
                    String want = TokenWords.closing(o.getType());
                    if (!want.equals(t.getText())) {
                        diags.report(Diagnostic.of(Code.E0001, spans.of(t),
                                "expected `" + want + "` to close the " + what(o, tokens) + " opened at "
                                        + spans.of(o).line() + ":" + spans.of(o).column() + ", found `" + t.getText() + "`")
                                .withNote(spans.of(o), "opened here"));
                        return false;
                    }
                }
                case Token.EOF -> {
                    if (openString != null) {
                        // the lexer's rule for a string cut by the end of the file never fires: ANTLR ends at EOF first
                        diags.report(Diagnostic.of(Code.E0002, spans.of(openString), "unterminated string")
                                .withLabel("this string is not closed before the end of the file")
                                .withHelp("add the closing `\"`"));
                        openString = null;
                    }
                    if (!open.isEmpty() && diags.errorCount() == before) {
                        Token o = open.pop();
                        diags.report(Diagnostic.of(Code.E0001, spans.of(t),
                                "expected `" + TokenWords.closing(o.getType()) + "` to close the " + what(o, tokens)
                                        + " opened at " + spans.of(o).line() + ":" + spans.of(o).column()
                                        + ", found end of file")
                                .withNote(spans.of(o), "opened here"));
                    }
                }
                default -> { }
            }
        }
        return diags.errorCount() == before;
    }

    private static String badNumberReason(String text) {
        if (text.matches(".*[eE][+-]?")) return "the exponent has no digits";
        if (text.endsWith(".")) return "a `.` must be followed by digits";
        if (text.indexOf('.') != text.lastIndexOf('.')) return "a number has at most one `.`";
        if (text.contains("__") || text.endsWith("_") || text.contains("_.") || text.contains("._")) {
            return "`_` may only stand between two digits";
        }
        return "not a number";
    }

    /** What an opening bracket begins, for "to close the call opened at …". */
    private static String what(Token open, List<Token> tokens) {
        int i = open.getTokenIndex() - 1;
        while (i >= 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) i--;
        int prev = i >= 0 ? tokens.get(i).getType() : -1;
        boolean after = prev == MetaSpinLexer.IDENT || prev == MetaSpinLexer.RPAREN || prev == MetaSpinLexer.RBRACK;
        return switch (open.getType()) {
            case MetaSpinLexer.LPAREN -> after ? "call" : "parenthesis";
            case MetaSpinLexer.LBRACK -> after ? "index" : "list";
            default -> "block";
        };
    }
}
