package org.metaspin.compiler.fmt;

import static org.metaspin.grammar.MetaSpinLexer.*;

/**
 * Whether one space separates two atoms on a line. One space is the rule; the exceptions
 * are the tight forms of the language reference: calls and indexing `f(x)` `xs[i]`,
 * members `a.b`, units `mJ/m^2`, powers `x^2`, ranges `0..n`, negation `-x`, and the
 * insides of brackets.
 */
final class Spacing {
    private Spacing() {}

    static boolean between(Atom prev, Atom next) {
        int p = prev.type();
        int n = next.type();
        if (prev.comment() || next.comment()) return true;
        if (p == LPAREN || p == LBRACK || p == DOT || p == CARET || prev.is(Role.UNARY) || prev.is(Role.UNIT_OP)
                || prev.is(Role.LIST_OPEN) || prev.is(Role.EMPTY_OPEN)) return false;
        if (n == RPAREN || n == RBRACK || n == COMMA || n == DOT || n == COLON || n == SEMI || n == CARET
                || next.is(Role.UNIT_OP) || next.is(Role.LIST_CLOSE) || next.is(Role.EMPTY_CLOSE)) return false;
        if (p == RANGE || p == RANGE_INCL || n == RANGE || n == RANGE_INCL) return false;
        if (n == LPAREN || n == LBRACK) return !(p == IDENT || p == RPAREN || p == RBRACK || p == PRINT || p == STR_START);
        return true;
    }
}
