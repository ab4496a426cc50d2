package org.metaspin.compiler.parse;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.metaspin.grammar.MetaSpinLexer;

/** Names tokens the way a user reads them: "a number", "end of line", "`)`". */
final class TokenWords {
    private TokenWords() {}

    static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case MetaSpinLexer.NL -> "end of line";
            case MetaSpinLexer.NUMBER -> "the number `" + t.getText() + "`";
            case MetaSpinLexer.IDENT -> "the name `" + t.getText() + "`";
            case MetaSpinLexer.STR_START -> "a string";
            default -> "`" + t.getText() + "`";
        };
    }

    static String expected(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case MetaSpinLexer.NL -> "end of line";
            case MetaSpinLexer.NUMBER -> "a number";
            case MetaSpinLexer.IDENT -> "a name";
            case MetaSpinLexer.STR_START -> "a string";
            default -> {
                Vocabulary v = MetaSpinLexer.VOCABULARY;
                String lit = v.getLiteralName(type);
                yield lit != null ? "`" + lit.substring(1, lit.length() - 1) + "`" : v.getSymbolicName(type);
            }
        };
    }

    static String closing(int open) {
        return switch (open) {
            case MetaSpinLexer.LPAREN -> ")";
            case MetaSpinLexer.LBRACK -> "]";
            default -> "}";
        };
    }
}
