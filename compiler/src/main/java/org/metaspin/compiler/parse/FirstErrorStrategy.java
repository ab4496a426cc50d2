package org.metaspin.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.grammar.MetaSpinParser;

/**
 * Reports the first syntax error in plain words and stops. A parser that recovers guesses
 * at what was meant and then reports its own guesses as further errors; one precise error
 * per mistake serves the user better.
 */
final class FirstErrorStrategy extends DefaultErrorStrategy {
    /** Tokens that can start an expression: when most of them are expected, say "an expression". */
    private static final Set<Integer> EXPRESSION_START = Set.of(
            MetaSpinLexer.NUMBER, MetaSpinLexer.IDENT, MetaSpinLexer.STR_START, MetaSpinLexer.LPAREN,
            MetaSpinLexer.LBRACK, MetaSpinLexer.MINUS, MetaSpinLexer.NOT, MetaSpinLexer.TRUE, MetaSpinLexer.FALSE);

    private final Spans spans;
    private final Diagnostics diags;

    FirstErrorStrategy(Spans spans, Diagnostics diags) {
        this.spans = spans;
        this.diags = diags;
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw new ParseCancellationException(e);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        InputMismatchException e = new InputMismatchException(recognizer);
        reportError(recognizer, e);
        throw new ParseCancellationException(e);
    }

    @Override
    public void sync(Parser recognizer) {
        // No single-token insertion or deletion: the first error is the one reported.
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        String found = TokenWords.describe(t);
        String message;
        String help = "";
        if (e instanceof FailedPredicateException) {
            message = "unexpected " + found;
        } else if (e instanceof NoViableAltException nv && nv.getStartToken() != t && inExpression(recognizer)) {
            message = "unexpected " + found + " in this expression";
        } else {
            IntervalSet expected = e instanceof NoViableAltException ? null : e.getExpectedTokens();
            if (expected == null || expected.isNil()) {
                message = inExpression(recognizer) && startsNothing(t) ? "expected an expression, found " + found
                        : "unexpected " + found;
            } else {
                message = "expected " + describe(expected) + ", found " + found;
            }
        }
        if (t.getType() == MetaSpinLexer.LT || t.getType() == MetaSpinLexer.GT || t.getType() == MetaSpinLexer.LE
                || t.getType() == MetaSpinLexer.GE || t.getType() == MetaSpinLexer.EQ || t.getType() == MetaSpinLexer.NE) {
            help = "comparisons do not chain: write `a < b and b < c`";
        }
        Diagnostic d = Diagnostic.of(Code.E0001, spans.of(t), message);
        diags.report(help.isEmpty() ? d : d.withHelp(help));
    }

    private static boolean startsNothing(Token t) {
        return !EXPRESSION_START.contains(t.getType());
    }

    private static boolean inExpression(Parser p) {
        return p.getContext() instanceof MetaSpinParser.ExprContext;
    }

    private static String describe(IntervalSet expected) {
        List<Integer> types = expected.toList();
        long starts = types.stream().filter(EXPRESSION_START::contains).count();
        List<String> words = new ArrayList<>();
        if (starts >= 4) words.add("an expression");
        for (int type : types) {
            if (starts >= 4 && (EXPRESSION_START.contains(type) || type == MetaSpinLexer.BAD_NUMBER
                    || type == MetaSpinLexer.IF)) continue;
            if (type == MetaSpinLexer.SEMI && types.contains(MetaSpinLexer.NL)) continue;
            if (type == MetaSpinLexer.BAD_NUMBER) continue;
            words.add(TokenWords.expected(type));
        }
        if (words.size() > 4) return "one of " + String.join(", ", words.subList(0, 4)) + ", …";
        if (words.size() <= 1) return words.isEmpty() ? "something else" : words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
