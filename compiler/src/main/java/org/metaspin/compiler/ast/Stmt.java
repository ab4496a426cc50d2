package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** Statements (§5) and the declarations that may stand among them (§6, §8, §11). */
public sealed interface Stmt extends Node {

    record Let(Span span, String name, Span nameSpan, TypeRef type, Expr value, boolean mutable, String doc) implements Stmt {}

    /** `target op= value`; op is null for plain `=`. */
    record Assign(Span span, Expr target, Expr.BinOp op, Expr value) implements Stmt {}

    record If(Span span, Expr cond, Block then, Stmt otherwise) implements Stmt {}

    record For(Span span, String var, Span varSpan, Expr iterable, Block body) implements Stmt {}

    record While(Span span, Expr cond, Block body) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    record Return(Span span, Expr value) implements Stmt {}

    record Assert(Span span, Expr cond, Expr message) implements Stmt {}

    record Print(Span span, List<Expr> args) implements Stmt {}

    record ExprStmt(Span span, Expr expr) implements Stmt {}

    record Run(Span span, String protocol, Span nameSpan, List<Expr.Arg> args, boolean sweep) implements Stmt {}

    record Block(Span span, List<Stmt> stmts) implements Stmt {}

    /** `fn name(params) -> T = expr` or `{ … }`; exactly one of body/exprBody is set. */
    record Fn(Span span, String name, Span nameSpan, List<Param> params, TypeRef result,
              Expr exprBody, Block body, String doc) implements Stmt {}

    record Protocol(Span span, String name, Span nameSpan, List<Param> params, Block body, String doc) implements Stmt {}

    /** `KIND Name [(params)] [extends P] { … }`; params is null when the declaration is a value. */
    record Kind(Span span, String kind, Span kindSpan, String name, Span nameSpan, List<Param> params,
                Expr parent, PropBlock props, String doc) implements Stmt {}

    /** `import a.b`, `import a.b.{X, Y}`, `import a.b as c`. */
    record Import(Span span, List<String> path, Span pathSpan, List<ImportName> names, String alias) implements Stmt {
        public String moduleName() { return String.join(".", path); }
    }

    record ImportName(Span span, String name) {}
}
