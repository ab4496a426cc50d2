package org.metaspin.compiler.parse;

import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parser's bound on nesting. Brackets are bounded by {@link LexicalCheck}, but operators
 * nest without them (`not not … x`, `x => x => … 1`, `a ^ a ^ …`, `if … else if …`), and the
 * parser's time and memory on such input grow faster than its length (full-context prediction
 * after an error walks the whole rule stack: 20,000 `not`s took 4 s and 700 MB). Deeper than
 * {@value #MAX_DEPTH} grammar rules is no program a person writes; the parser stops there
 * with an E0001, and every later phase's recursion is bounded by the same number.
 */
final class NestingLimit {
    /** Rule invocations, not source levels: a call argument costs three (expr, args, arg), `not` one. */
    static final int MAX_DEPTH = 1000;

    private int depth;

    /** Thrown when the limit is passed; the parser's current token is where. */
    static final class TooDeep extends ParseCancellationException {
        TooDeep() { super("nested too deeply", null); }
    }

    void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0; // the stack unwinds through every exit without tripping again
            throw new TooDeep();
        }
    }

    void exit() {
        if (depth > 0) depth--;
    }
}
