package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** Expressions (§4). Later phases attach types in side tables keyed by node identity. */
public sealed interface Expr extends Node {
    /** Calls the method of {@code v} for this kind of node. */
    <R> R accept(Visitor<R> v);

    /**
     * One method per kind of expression, none with a default: a phase that implements it
     * is told by the Java compiler when a kind of node is added that it does not handle.
     */
    interface Visitor<R> {
        R visitNum(Expr.Num node);

        R visitStr(Expr.Str node);

        R visitBool(Expr.Bool node);

        R visitName(Expr.Name node);

        R visitListLit(Expr.ListLit node);

        R visitNeg(Expr.Neg node);

        R visitNot(Expr.Not node);

        R visitBinary(Expr.Binary node);

        R visitCond(Expr.Cond node);

        R visitLambda(Expr.Lambda node);

        R visitCall(Expr.Call node);

        R visitIndex(Expr.Index node);

        R visitMember(Expr.Member node);

        R visitWith(Expr.With node);

        R visitConvert(Expr.Convert node);

        R visitRange(Expr.Range node);
    }

    /** A number literal; {@code unit} is null when none follows it. */
    /**
     * A number literal as written ({@code text}, kept for messages and the formatter) and as
     * parsed, once, by {@link #of}: its value, and for an integral literal its Int value (null
     * when it does not fit in 64 bits, which the checker reports as E0003).
     */
    record Num(Span span, String text, boolean integral, UnitExpr unit, double value, Long intValue) implements Expr {
        public static Num of(Span span, String text, boolean integral, UnitExpr unit) {
            String digits = text.replace("_", "");
            double value;
            try {
                value = Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                value = Double.NaN; // a malformed number is an E0003 of the lexical check already
            }
            Long intValue = null;
            if (integral) {
                try {
                    intValue = Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    // too large for an Int: E0003 when checked
                }
            }
            return new Num(span, text, integral, unit, value, intValue);
        }

        /** The same literal with the span of its parentheses. */
        public Num at(Span s) {
            return new Num(s, text, integral, unit, value, intValue);
        }

        @Override
        public <R> R accept(Visitor<R> v) { return v.visitNum(this); }
    }

    record Str(Span span, List<StrPart> parts) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitStr(this); }
    }

    record Bool(Span span, boolean value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitBool(this); }
    }

    record Name(Span span, String id) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    record ListLit(Span span, List<Expr> elements) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitListLit(this); }
    }

    record Neg(Span span, Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitNeg(this); }
    }

    record Not(Span span, Expr operand) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitNot(this); }
    }

    record Binary(Span span, BinOp op, Expr left, Expr right) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    record Cond(Span span, Expr cond, Expr then, Expr otherwise) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitCond(this); }
    }

    record Lambda(Span span, List<LambdaParam> params, Expr body) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    record Call(Span span, Expr callee, List<Arg> args) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    record Index(Span span, Expr target, Expr index) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitIndex(this); }
    }

    record Member(Span span, Expr target, String name, Span nameSpan) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitMember(this); }
    }

    record With(Span span, Expr target, PropBlock props) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    record Convert(Span span, Expr value, UnitExpr unit) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitConvert(this); }
    }

    record Range(Span span, Expr from, Expr to, boolean inclusive) implements Expr {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitRange(this); }
    }

    record LambdaParam(Span span, String name, TypeRef type) {}

    /** A call argument; {@code name} is null for a positional one. */
    record Arg(Span span, String name, Expr value) {}

    sealed interface StrPart {}

    record Text(String text) implements StrPart {}

    record Interp(Expr expr) implements StrPart {}

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), POW("^"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        AND("and"), OR("or");

        public final String symbol;

        BinOp(String symbol) { this.symbol = symbol; }

        public boolean comparison() { return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal(); }
    }
}
