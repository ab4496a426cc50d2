package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** Expressions (§4). Later phases attach types in side tables keyed by node identity. */
public sealed interface Expr extends Node {

    /** A number literal; {@code unit} is null when none follows it. */
    record Num(Span span, String text, boolean integral, UnitExpr unit) implements Expr {}

    record Str(Span span, List<StrPart> parts) implements Expr {}

    record Bool(Span span, boolean value) implements Expr {}

    record Name(Span span, String id) implements Expr {}

    record ListLit(Span span, List<Expr> elements) implements Expr {}

    record Neg(Span span, Expr operand) implements Expr {}

    record Not(Span span, Expr operand) implements Expr {}

    record Binary(Span span, BinOp op, Expr left, Expr right) implements Expr {}

    record Cond(Span span, Expr cond, Expr then, Expr otherwise) implements Expr {}

    record Lambda(Span span, List<LambdaParam> params, Expr body) implements Expr {}

    record Call(Span span, Expr callee, List<Arg> args) implements Expr {}

    record Index(Span span, Expr target, Expr index) implements Expr {}

    record Member(Span span, Expr target, String name, Span nameSpan) implements Expr {}

    record With(Span span, Expr target, PropBlock props) implements Expr {}

    record Convert(Span span, Expr value, UnitExpr unit) implements Expr {}

    record Range(Span span, Expr from, Expr to, boolean inclusive) implements Expr {}

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
