package org.metaspin.compiler.gen;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits statements. It sees the lowered tree (lower/Lower): compound assignments, `run`
 * statements and prints of several values are gone, and every range excludes its end.
 */
final class StmtGen implements Stmt.Visitor<Void>, Opcodes {
    private final MethodGen g;
    private final MethodVisitor mv;

    StmtGen(MethodGen g) {
        this.g = g;
        this.mv = g.mv;
    }

    void stmt(Stmt s) {
        g.line(s.span());
        s.accept(this);
    }

    /** A block's locals and temporaries die with it: their slots are reused after it. */
    void block(Stmt.Block b) {
        int mark = g.slots.mark();
        for (Stmt s : b.stmts()) stmt(s);
        g.slots.release(mark);
    }

    @Override
    public Void visitLet(Stmt.Let l) {
        Symbol sym = g.attr.symbols.get(l);
        if (sym instanceof Symbol.Global glob) {
            g.exprAs(l.value(), glob.type());
            mv.visitFieldInsn(PUTSTATIC, g.mod.className, glob.name(), JvmTypes.descriptor(glob.type()));
            mv.visitInsn(ICONST_1);
            mv.visitFieldInsn(PUTSTATIC, g.mod.className, JvmNames.setFlag(glob.name()), "Z");
        } else {
            Symbol.Local v = (Symbol.Local) sym;
            g.exprAs(l.value(), v.type);
            g.declare(v);
            g.store(v.type, g.slots.of(v));
        }
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign a) {
        if (a.op() != null) throw new IllegalStateException("compound assignment not lowered at " + a.span());
        Symbol sym = g.attr.symbols.get(a.target());
        Type t = sym instanceof Symbol.Local l ? l.type : ((Symbol.Global) sym).type();
        g.exprAs(a.value(), t);
        if (sym instanceof Symbol.Local l) {
            g.store(t, g.slots.of(l));
        } else {
            Symbol.Global glob = (Symbol.Global) sym;
            mv.visitFieldInsn(PUTSTATIC, JvmNames.moduleClass(glob.module()), glob.name(), JvmTypes.descriptor(t));
        }
        return null;
    }

    @Override
    public Void visitIf(Stmt.If i) {
        Label otherwise = new Label();
        Label end = new Label();
        g.conds.jumpUnless(i.cond(), otherwise);
        block(i.then());
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(otherwise);
        if (i.otherwise() != null) stmt(i.otherwise());
        mv.visitLabel(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While w) {
        Label top = new Label();
        Label end = new Label();
        mv.visitLabel(top);
        g.conds.jumpUnless(w.cond(), end);
        loopBody(w.body(), end, top);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
        return null;
    }

    private void loopBody(Stmt.Block body, Label breakTo, Label continueTo) {
        g.loops.push(new MethodGen.Loop(breakTo, continueTo));
        block(body);
        g.loops.pop();
    }

    @Override
    public Void visitFor(Stmt.For f) {
        int mark = g.slots.mark();
        if (f.iterable() instanceof Expr.Range r) countingLoop(f, r);
        else listLoop(f);
        g.slots.release(mark);
        return null;
    }

    /** `for i in a..b`: counts, no list is built. */
    private void countingLoop(Stmt.For f, Expr.Range r) {
        Symbol.Local v = (Symbol.Local) g.attr.symbols.get(f);
        Label top = new Label();
        Label next = new Label();
        Label end = new Label();
        g.exprAs(r.from(), Type.INT);
        g.declare(v);
        int i = g.slots.of(v);
        int limit = g.temp(Type.INT);
        g.exprAs(r.to(), Type.INT);
        mv.visitVarInsn(LSTORE, limit);
        mv.visitVarInsn(LSTORE, i);
        mv.visitLabel(top);
        mv.visitVarInsn(LLOAD, i);
        mv.visitVarInsn(LLOAD, limit);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGE, end);
        loopBody(f.body(), end, next);
        mv.visitLabel(next);
        mv.visitVarInsn(LLOAD, i);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, i);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    private void listLoop(Stmt.For f) {
        Symbol.Local v = (Symbol.Local) g.attr.symbols.get(f);
        Label top = new Label();
        Label next = new Label();
        Label end = new Label();
        Type listType = g.attr.type(f.iterable());
        g.expr(f.iterable());
        int arr = g.temp(listType);
        mv.visitVarInsn(ASTORE, arr);
        int idx = g.slots.tempIndex();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, idx);
        g.declare(v);
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, idx);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, end);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitVarInsn(ILOAD, idx);
        g.arrayLoad(v.type);
        g.store(v.type, g.slots.of(v));
        loopBody(f.body(), end, next);
        mv.visitLabel(next);
        mv.visitIincInsn(idx, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
    }

    @Override
    public Void visitBreak(Stmt.Break b) {
        mv.visitJumpInsn(GOTO, g.loops.peek().breakTo());
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue c) {
        mv.visitJumpInsn(GOTO, g.loops.peek().continueTo());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return r) {
        if (r.value() == null) {
            mv.visitInsn(RETURN);
        } else {
            g.exprAs(r.value(), g.result);
            g.returnValue(g.result);
        }
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert a) {
        Label ok = new Label();
        g.conds.jumpIf(a.cond(), ok);
        if (a.message() == null) mv.visitInsn(ACONST_NULL);
        else g.expr(a.message());
        RuntimeRefs.CHECKS_ASSERTION.emit(mv);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        return null;
    }

    @Override
    public Void visitPrint(Stmt.Print p) {
        if (p.args().size() > 1) throw new IllegalStateException("print of several values not lowered at " + p.span());
        if (p.args().isEmpty()) mv.visitLdcInsn("");
        else g.exprs.show(p.args().get(0));
        RuntimeRefs.CONSOLE_PRINTLN.emit(mv);
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt e) {
        g.expr(e.expr());
        g.pop(g.attr.type(e.expr()));
        return null;
    }

    @Override
    public Void visitRun(Stmt.Run r) {
        if (!r.sweep()) throw new IllegalStateException("`run` not lowered at " + r.span());
        new SweepGen(g.mod, g, mv).sweep(r);
        return null;
    }

    @Override
    public Void visitBlock(Stmt.Block b) {
        block(b);
        return null;
    }

    @Override
    public Void visitFn(Stmt.Fn f) {
        g.mod.function(f, (Symbol.Function) g.attr.symbols.get(f));
        return null;
    }

    /** Protocols, declarations and imports: ModuleGen emits those of the top level; the checker allows no others. */
    @Override
    public Void visitProtocol(Stmt.Protocol p) {
        return null;
    }

    @Override
    public Void visitKind(Stmt.Kind k) {
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import i) {
        return null;
    }
}
