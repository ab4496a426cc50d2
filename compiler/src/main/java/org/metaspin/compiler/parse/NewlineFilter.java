package org.metaspin.compiler.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * Applies the newline rule of §1 between the lexer and the parser: a newline ends a
 * statement except inside `( )` or `[ ]`, after a binary operator, `,`, `=` or `=>`, and
 * before `else` or `{`. Newlines that do not end a statement are dropped here, so the
 * grammar can treat every NL it sees as a separator.
 */
final class NewlineFilter implements TokenSource {
    /** Tokens after which a line continues (§1: binary operators, `,`, `=`, `=>`). */
    private static final Set<Integer> CONTINUES = Set.of(
            MetaSpinLexer.PLUS, MetaSpinLexer.MINUS, MetaSpinLexer.STAR, MetaSpinLexer.SLASH,
            MetaSpinLexer.MIDDOT, MetaSpinLexer.CARET, MetaSpinLexer.EQ, MetaSpinLexer.NE,
            MetaSpinLexer.LT, MetaSpinLexer.LE, MetaSpinLexer.GT, MetaSpinLexer.GE,
            MetaSpinLexer.AND, MetaSpinLexer.OR, MetaSpinLexer.NOT, MetaSpinLexer.TO,
            MetaSpinLexer.RANGE, MetaSpinLexer.RANGE_INCL, MetaSpinLexer.COMMA,
            MetaSpinLexer.ASSIGN, MetaSpinLexer.PLUS_EQ, MetaSpinLexer.MINUS_EQ,
            MetaSpinLexer.STAR_EQ, MetaSpinLexer.SLASH_EQ, MetaSpinLexer.FAT_ARROW,
            MetaSpinLexer.ARROW, MetaSpinLexer.DOT, MetaSpinLexer.COLON, MetaSpinLexer.THEN,
            MetaSpinLexer.ELSE, MetaSpinLexer.WITH, MetaSpinLexer.EXTENDS, MetaSpinLexer.LBRACE,
            MetaSpinLexer.SEMI, MetaSpinLexer.NL);

    private final TokenSource lexer;
    private final Deque<Integer> brackets = new ArrayDeque<>();
    private Token pending;
    private int previous = MetaSpinLexer.NL;

    NewlineFilter(TokenSource lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token t = pending != null ? pending : lexer.nextToken();
            pending = null;
            if (t.getChannel() != Token.DEFAULT_CHANNEL) return t;
            int type = t.getType();
            if (type == MetaSpinLexer.NL) {
                if (insideParens() || CONTINUES.contains(previous)) continue;
                Token next = nextOnDefaultChannel();
                if (next.getType() == MetaSpinLexer.ELSE || next.getType() == MetaSpinLexer.LBRACE
                        || next.getType() == MetaSpinLexer.NL) {
                    pending = next;
                    continue;
                }
                pending = next;
                previous = type;
                return t;
            }
            track(type);
            previous = type;
            return t;
        }
    }

    /** Hidden-channel tokens met while looking ahead are not lost: comments matter to nobody, doc comments are re-read from the text. */
    private Token nextOnDefaultChannel() {
        Token t = lexer.nextToken();
        while (t.getChannel() != Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) t = lexer.nextToken();
        return t;
    }

    private boolean insideParens() {
        Integer top = brackets.peek();
        return top != null && (top == MetaSpinLexer.LPAREN || top == MetaSpinLexer.LBRACK);
    }

    private void track(int type) {
        switch (type) {
            case MetaSpinLexer.LPAREN, MetaSpinLexer.LBRACK, MetaSpinLexer.LBRACE, MetaSpinLexer.INTERP_START -> brackets.push(type);
            case MetaSpinLexer.RPAREN, MetaSpinLexer.RBRACK, MetaSpinLexer.RBRACE, MetaSpinLexer.INTERP_END -> {
                if (!brackets.isEmpty()) brackets.pop();
            }
            default -> { }
        }
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
