package org.metaspin.compiler.gen;

import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the polymorphic builtins ({@link Intrinsic}): maths
 * through {@code java.lang.Math}, list folds through the runtime's typed helpers, and
 * {@code map}/{@code filter} as inline loops so that the function value is called with
 * primitive arguments, never boxed.
 */
final class IntrinsicGen implements Opcodes {

    private final MethodGen g;
    private final MethodVisitor mv;
    private final Attribution attr;

    IntrinsicGen(MethodGen g, MethodVisitor mv, Attribution attr) {
        this.g = g;
        this.mv = mv;
        this.attr = attr;
    }

    void emit(Intrinsic which, List<Expr> args, Type result) {
        Type a0 = attr.type(args.get(0));
        switch (which) {
            case ABS -> {
                g.expr(args.get(0));
                RuntimeRefs.MATH_ABS.of(a0 == Type.INT ? 'J' : 'D').emit(mv);
            }
            case SIGN -> {
                g.exprAs(args.get(0), Type.REAL);
                RuntimeRefs.MATH_SIGNUM.emit(mv);
            }
            case SQRT -> {
                g.exprAs(args.get(0), Type.REAL);
                RuntimeRefs.MATH_SQRT.emit(mv);
            }
            case FLOOR, CEIL -> {
                g.exprAs(args.get(0), Type.REAL);
                (which == Intrinsic.FLOOR ? RuntimeRefs.MATH_FLOOR : RuntimeRefs.MATH_CEIL).emit(mv);
                RuntimeRefs.CHECKS_TO_INT.emit(mv);
            }
            case ROUND -> {
                g.exprAs(args.get(0), Type.REAL);
                RuntimeRefs.CHECKS_ROUND.emit(mv);
            }
            case DIV, MOD -> {
                g.expr(args.get(0));
                g.expr(args.get(1));
                (which == Intrinsic.DIV ? RuntimeRefs.CHECKS_DIV : RuntimeRefs.CHECKS_MOD).emit(mv);
            }
            case MIN, MAX -> {
                if (args.size() == 1) {
                    g.expr(args.get(0));
                    char shape = ((Type.ListT) a0).elem() == Type.INT ? 'J' : 'D';
                    (which == Intrinsic.MIN ? RuntimeRefs.LISTS_MIN : RuntimeRefs.LISTS_MAX).of(shape).emit(mv);
                } else if (result == Type.INT) {
                    g.expr(args.get(0));
                    g.expr(args.get(1));
                    (which == Intrinsic.MIN ? RuntimeRefs.MATH_MIN : RuntimeRefs.MATH_MAX).of('J').emit(mv);
                } else {
                    g.exprAs(args.get(0), Type.REAL);
                    g.exprAs(args.get(1), Type.REAL);
                    (which == Intrinsic.MIN ? RuntimeRefs.MATH_MIN : RuntimeRefs.MATH_MAX).of('D').emit(mv);
                }
            }
            case LEN -> {
                g.expr(args.get(0));
                if (a0 == Type.STRING) RuntimeRefs.STRING_LENGTH.emit(mv);
                else mv.visitInsn(ARRAYLENGTH);
                mv.visitInsn(I2L);
            }
            case SUM, MEAN -> {
                g.expr(args.get(0));
                boolean ints = ((Type.ListT) a0).elem() == Type.INT;
                (which == Intrinsic.SUM ? RuntimeRefs.LISTS_SUM : RuntimeRefs.LISTS_MEAN).of(ints ? 'J' : 'D').emit(mv);
            }
            case RANGE -> {
                g.expr(args.get(0));
                g.expr(args.get(1));
                RuntimeRefs.LISTS_RANGE.emit(mv);
            }
            case LINSPACE, GEOMSPACE -> {
                g.exprAs(args.get(0), Type.REAL);
                g.exprAs(args.get(1), Type.REAL);
                g.expr(args.get(2));
                (which == Intrinsic.LINSPACE ? RuntimeRefs.LISTS_LINSPACE : RuntimeRefs.LISTS_GEOMSPACE).emit(mv);
            }
            case MAP -> {
                int mark = g.slots.mark();
                map(args.get(0), args.get(1), (Type.ListT) result);
                g.slots.release(mark);
            }
            case FILTER -> {
                int mark = g.slots.mark();
                filter(args.get(0), args.get(1), (Type.ListT) a0);
                g.slots.release(mark);
            }
        }
    }

    private void map(Expr xs, Expr f, Type.ListT result) {
        Type.ListT in = (Type.ListT) attr.type(xs);
        Type.FnT fn = (Type.FnT) attr.type(f);
        int arr = loadInput(xs, in);
        int fun = storeFunction(f, fn);
        int out = g.temp(result);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        g.newArray(result.elem());
        mv.visitVarInsn(ASTORE, out);
        int i = loop(arr);
        Label end = loopEnd;
        mv.visitVarInsn(ALOAD, out);
        mv.visitVarInsn(ILOAD, i);
        apply(fun, fn, arr, i, in.elem());
        g.arrayStore(result.elem());
        closeLoop(i, end);
        mv.visitVarInsn(ALOAD, out);
    }

    private void filter(Expr xs, Expr p, Type.ListT list) {
        Type.FnT fn = (Type.FnT) attr.type(p);
        int arr = loadInput(xs, list);
        int fun = storeFunction(p, fn);
        int out = g.temp(list);
        int count = g.slots.tempIndex();
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        g.newArray(list.elem());
        mv.visitVarInsn(ASTORE, out);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, count);
        int i = loop(arr);
        Label end = loopEnd;
        Label skip = new Label();
        apply(fun, fn, arr, i, list.elem());
        mv.visitJumpInsn(IFEQ, skip);
        mv.visitVarInsn(ALOAD, out);
        mv.visitVarInsn(ILOAD, count);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitVarInsn(ILOAD, i);
        g.arrayLoad(list.elem());
        g.arrayStore(list.elem());
        mv.visitIincInsn(count, 1);
        mv.visitLabel(skip);
        closeLoop(i, end);
        mv.visitVarInsn(ALOAD, out);
        mv.visitVarInsn(ILOAD, count);
        char shape = JvmTypes.shape(list.elem());
        RuntimeRefs.ARRAYS_COPY_OF.of(shape).emit(mv);
        if (shape == 'L') g.cast(list);
    }

    private int loadInput(Expr xs, Type.ListT t) {
        g.expr(xs);
        int arr = g.temp(t);
        mv.visitVarInsn(ASTORE, arr);
        return arr;
    }

    private int storeFunction(Expr f, Type.FnT fn) {
        g.expr(f);
        int fun = g.temp(fn);
        mv.visitVarInsn(ASTORE, fun);
        return fun;
    }

    private Label loopTop;
    private Label loopEnd;

    private int loop(int arr) {
        int i = g.slots.tempIndex();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, i);
        loopTop = new Label();
        loopEnd = new Label();
        mv.visitLabel(loopTop);
        mv.visitVarInsn(ILOAD, i);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, loopEnd);
        return i;
    }

    private void closeLoop(int i, Label end) {
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(GOTO, loopTop);
        mv.visitLabel(end);
    }

    private void apply(int fun, Type.FnT fn, int arr, int i, Type elem) {
        String iface = JvmTypes.fnInterface(fn);
        mv.visitVarInsn(ALOAD, fun);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitVarInsn(ILOAD, i);
        g.arrayLoad(elem);
        mv.visitMethodInsn(INVOKEINTERFACE, iface, "apply", JvmTypes.erasedApply(fn), true);
        if (JvmTypes.shape(fn.result()) == 'L') g.cast(fn.result());
    }
}
