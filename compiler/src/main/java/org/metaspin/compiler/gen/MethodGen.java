package org.metaspin.compiler.gen;

import java.util.ArrayDeque;
import java.util.Deque;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Span;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The generation of one JVM method from a lowered module: what all its parts share (the
 * method being written, its slots, its loops, its line numbers) and the instructions they
 * all use. Statements, expressions, conditions and calls are emitted by {@link StmtGen},
 * {@link ExprGen}, {@link CondGen} and {@link CallGen}. Every statement and call carries its
 * `.msp` line, so a stack trace is an `.msp` stack trace.
 */
final class MethodGen implements Opcodes {
    final ModuleGen mod;
    final Attribution attr;
    final MethodVisitor mv;
    /** The declared result of the method, for `return`. */
    final Type result;
    /** Inside a function, a top-level binding may be read before its `let` ran (§15: R0005). */
    final boolean checkGlobals;
    final Slots slots = new Slots();
    /** The innermost loop first: where `break` and `continue` jump. */
    final Deque<Loop> loops = new ArrayDeque<>();
    final StmtGen stmts;
    final ExprGen exprs;
    final CondGen conds;
    final CallGen calls;
    private int lastLine = -1;

    record Loop(Label breakTo, Label continueTo) {}

    MethodGen(ModuleGen mod, MethodVisitor mv, Type result, boolean checkGlobals) {
        this.mod = mod;
        this.attr = mod.attr;
        this.mv = mv;
        this.result = result;
        this.checkGlobals = checkGlobals;
        this.stmts = new StmtGen(this);
        this.exprs = new ExprGen(this);
        this.conds = new CondGen(this);
        this.calls = new CallGen(this);
    }

    void stmt(Stmt s) {
        stmts.stmt(s);
    }

    void block(Stmt.Block b) {
        stmts.block(b);
    }

    void expr(Expr e) {
        e.accept(exprs);
    }

    /** Pushes {@code e} converted to {@code target} (Int to Real; list literals to their element type). */
    void exprAs(Expr e, Type target) {
        exprs.as(e, target);
    }

    void declare(Symbol.Local l) {
        slots.declare(l);
    }

    int temp(Type t) {
        return slots.temp(t);
    }

    void finish() {
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    void line(Span span) {
        int line = span.line();
        if (line != lastLine) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }

    /** After a body that always returns: keeps the verifier content without a reachable path. */
    void unreachable() {
        mv.visitTypeInsn(NEW, RuntimeRefs.ILLEGAL_STATE_NEW.owner());
        mv.visitInsn(DUP);
        RuntimeRefs.ILLEGAL_STATE_NEW.emit(mv);
        mv.visitInsn(ATHROW);
    }

    void returnValue(Type t) {
        mv.visitInsn(t == Type.VOID ? RETURN : JvmTypes.asm(t).getOpcode(IRETURN));
    }

    void load(Type t, int slot) {
        mv.visitVarInsn(JvmTypes.asm(t).getOpcode(ILOAD), slot);
    }

    void store(Type t, int slot) {
        mv.visitVarInsn(JvmTypes.asm(t).getOpcode(ISTORE), slot);
    }

    void loadLocal(Symbol.Local l) {
        load(l.type, slots.of(l));
    }

    void pop(Type t) {
        int n = JvmTypes.slots(t);
        if (n == 2) mv.visitInsn(POP2);
        else if (n == 1) mv.visitInsn(POP);
    }

    void arrayLoad(Type elem) {
        switch (JvmTypes.shape(elem)) {
            case 'D' -> mv.visitInsn(DALOAD);
            case 'J' -> mv.visitInsn(LALOAD);
            case 'Z' -> mv.visitInsn(BALOAD);
            default -> {
                mv.visitInsn(AALOAD);
                cast(elem);
            }
        }
    }

    void arrayStore(Type elem) {
        mv.visitInsn(switch (JvmTypes.shape(elem)) {
            case 'D' -> DASTORE;
            case 'J' -> LASTORE;
            case 'Z' -> BASTORE;
            default -> AASTORE;
        });
    }

    void newArray(Type elem) {
        switch (JvmTypes.shape(elem)) {
            case 'D' -> mv.visitIntInsn(NEWARRAY, T_DOUBLE);
            case 'J' -> mv.visitIntInsn(NEWARRAY, T_LONG);
            case 'Z' -> mv.visitIntInsn(NEWARRAY, T_BOOLEAN);
            default -> mv.visitTypeInsn(ANEWARRAY, internalOrDescriptor(elem));
        }
    }

    static String internalOrDescriptor(Type t) {
        String d = JvmTypes.descriptor(t);
        return d.startsWith("L") ? d.substring(1, d.length() - 1) : d;
    }

    void cast(Type t) {
        String d = JvmTypes.descriptor(t);
        if (d.equals("Ljava/lang/Object;")) return;
        if (d.startsWith("L") || d.startsWith("[")) mv.visitTypeInsn(CHECKCAST, internalOrDescriptor(t));
    }

    /** The attribution of {@code module}: this one, or another module's for its functions' result types. */
    Attribution attr(String module) {
        return module.equals(attr.module.name()) ? attr : mod.others.get(module);
    }
}
