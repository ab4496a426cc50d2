package org.metaspin.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.metaspin.grammar.MetaSpinLexer;

/** Lexical facts about a REPL input: its tokens, and whether it is complete or continues on the next line. */
final class Source {
    private Source() {}

    /** Every token of {@code text}, hidden ones (comments, blanks) included; never throws. */
    static List<Token> tokens(String text) {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> out = new ArrayList<>();
        try {
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) out.add(t);
        } catch (RuntimeException e) {
            // the lexer does not throw on bad input; stay safe for highlighting anyway
        }
        return out;
    }

    /** Tokens after which a newline does not end a statement (§1), so the input goes on. */
    private static final Set<Integer> CONTINUES = Set.of(
            MetaSpinLexer.PLUS, MetaSpinLexer.MINUS, MetaSpinLexer.STAR, MetaSpinLexer.SLASH, MetaSpinLexer.MIDDOT,
            MetaSpinLexer.CARET, MetaSpinLexer.AND, MetaSpinLexer.OR, MetaSpinLexer.NOT, MetaSpinLexer.EQ,
            MetaSpinLexer.NE, MetaSpinLexer.LT, MetaSpinLexer.LE, MetaSpinLexer.GT, MetaSpinLexer.GE,
            MetaSpinLexer.ASSIGN, MetaSpinLexer.PLUS_EQ, MetaSpinLexer.MINUS_EQ, MetaSpinLexer.STAR_EQ,
            MetaSpinLexer.SLASH_EQ, MetaSpinLexer.COMMA, MetaSpinLexer.FAT_ARROW, MetaSpinLexer.ARROW,
            MetaSpinLexer.TO, MetaSpinLexer.RANGE, MetaSpinLexer.RANGE_INCL, MetaSpinLexer.DOT);

    /**
     * Why the input is not finished (an open bracket such as "{", an open comment, a
     * trailing operator), or null when it is complete. An input with a mistake (an
     * unterminated string, a surplus closing bracket) counts as complete, so that the
     * compiler reports it.
     */
    static String missing(String text) {
        if (text.startsWith(":")) return null;
        List<Token> ts = tokens(text);
        StringBuilder open = new StringBuilder();
        Token last = null;
        for (Token t : ts) {
            switch (t.getType()) {
                case MetaSpinLexer.LPAREN -> open.append('(');
                case MetaSpinLexer.LBRACK -> open.append('[');
                case MetaSpinLexer.LBRACE, MetaSpinLexer.INTERP_START -> open.append('{');
                case MetaSpinLexer.RPAREN, MetaSpinLexer.RBRACK, MetaSpinLexer.RBRACE, MetaSpinLexer.INTERP_END -> {
                    if (open.length() == 0) return null;
                    open.setLength(open.length() - 1);
                }
                case MetaSpinLexer.UNTERMINATED_COMMENT -> { return "*/"; }
                case MetaSpinLexer.STR_UNTERMINATED -> { return null; }
                default -> { }
            }
            if ((t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != MetaSpinLexer.NL) || t.getType() == MetaSpinLexer.DOC_COMMENT) last = t;
        }
        if (open.length() > 0) {
            char c = open.charAt(open.length() - 1);
            return c == '(' ? ")" : c == '[' ? "]" : "}";
        }
        if (last != null && last.getType() == MetaSpinLexer.DOC_COMMENT) return "the declaration it documents";
        if (last != null && CONTINUES.contains(last.getType())) return "an operand after `" + last.getText() + "`";
        return null;
    }
}
