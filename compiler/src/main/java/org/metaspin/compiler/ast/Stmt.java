package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** Statements (§5) and the declarations that may stand among them (§6, §8, §11). */
public sealed interface Stmt extends Node {
    /** Calls the method of {@code v} for this kind of node. */
    <R> R accept(Visitor<R> v);

    /**
     * One method per kind of statement, none with a default: a phase that implements it
     * is told by the Java compiler when a kind of node is added that it does not handle.
     */
    interface Visitor<R> {
        R visitLet(Stmt.Let node);

        R visitAssign(Stmt.Assign node);

        R visitIf(Stmt.If node);

        R visitFor(Stmt.For node);

        R visitWhile(Stmt.While node);

        R visitBreak(Stmt.Break node);

        R visitContinue(Stmt.Continue node);

        R visitReturn(Stmt.Return node);

        R visitAssert(Stmt.Assert node);

        R visitPrint(Stmt.Print node);

        R visitExprStmt(Stmt.ExprStmt node);

        R visitRun(Stmt.Run node);

        R visitBlock(Stmt.Block node);

        R visitFn(Stmt.Fn node);

        R visitProtocol(Stmt.Protocol node);

        R visitKind(Stmt.Kind node);

        R visitImport(Stmt.Import node);
    }

    record Let(Span span, String name, Span nameSpan, TypeRef type, Expr value, boolean mutable, String doc) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitLet(this); }
    }

    /** `target op= value`; op is null for plain `=`. */
    record Assign(Span span, Expr target, Expr.BinOp op, Expr value) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    record If(Span span, Expr cond, Block then, Stmt otherwise) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    record For(Span span, String var, Span varSpan, Expr iterable, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record While(Span span, Expr cond, Block body) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    record Break(Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Span span) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    record Return(Span span, Expr value) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record Assert(Span span, Expr cond, Expr message) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    record Print(Span span, List<Expr> args) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitPrint(this); }
    }

    record ExprStmt(Span span, Expr expr) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitExprStmt(this); }
    }

    record Run(Span span, String protocol, Span nameSpan, List<Expr.Arg> args, boolean sweep) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitRun(this); }
    }

    record Block(Span span, List<Stmt> stmts) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitBlock(this); }
    }

    /** `fn name(params) -> T = expr` or `{ … }`; exactly one of body/exprBody is set. */
    record Fn(Span span, String name, Span nameSpan, List<ParamDecl> params, TypeRef result,
              Expr exprBody, Block body, String doc) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitFn(this); }
    }

    record Protocol(Span span, String name, Span nameSpan, List<ParamDecl> params, Block body, String doc) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitProtocol(this); }
    }

    /** `KIND Name [(params)] [extends P] { … }`; params is null when the declaration is a value. */
    record Kind(Span span, String kind, Span kindSpan, String name, Span nameSpan, List<ParamDecl> params,
                Expr parent, PropBlock props, String doc) implements Stmt {
        @Override
        public <R> R accept(Visitor<R> v) { return v.visitKind(this); }
    }

    /** `import a.b`, `import a.b.{X, Y}`, `import a.b as c`. */
    record Import(Span span, List<String> path, Span pathSpan, List<ImportName> names, String alias) implements Stmt {
        public String moduleName() { return String.join(".", path); }

        @Override
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    record ImportName(Span span, String name) {}
}
