package org.metaspin.compiler.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * A unit of layout: one token, or a whole string literal (interpolations included, never
 * re-spaced: what is inside quotes is the program's data). Whitespace is not an atom.
 */
record Atom(int type, String text, int start, Set<Role> roles) {
    boolean is(Role r) { return roles.contains(r); }

    boolean comment() {
        return type == MetaSpinLexer.LINE_COMMENT || type == MetaSpinLexer.DOC_COMMENT || type == MetaSpinLexer.BLOCK_COMMENT;
    }

    boolean newline() { return type == MetaSpinLexer.NL; }

    boolean opener() {
        return type == MetaSpinLexer.LPAREN || type == MetaSpinLexer.LBRACK || type == MetaSpinLexer.LBRACE;
    }

    boolean closer() {
        return type == MetaSpinLexer.RPAREN || type == MetaSpinLexer.RBRACK || type == MetaSpinLexer.RBRACE;
    }

    /** The atoms of a text that parses (so strings are closed and brackets balanced). */
    static List<Atom> of(String text, Roles roles) {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        List<Atom> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == MetaSpinLexer.WS) continue;
            if (type == MetaSpinLexer.STR_START) {
                int depth = 0;
                int j = i;
                for (; j < tokens.size(); j++) {
                    int k = tokens.get(j).getType();
                    if (k == MetaSpinLexer.STR_START || k == MetaSpinLexer.INTERP_START) depth++;
                    else if (k == MetaSpinLexer.STR_END || k == MetaSpinLexer.STR_UNTERMINATED || k == MetaSpinLexer.INTERP_END) depth--;
                    if (depth == 0) break;
                }
                j = Math.min(j, tokens.size() - 1);
                out.add(new Atom(type, text.substring(t.getStartIndex(), tokens.get(j).getStopIndex() + 1), t.getStartIndex(), Set.of()));
                i = j;
                continue;
            }
            out.add(new Atom(type, t.getText(), t.getStartIndex(), roles.of(t.getStartIndex())));
        }
        return out;
    }
}
