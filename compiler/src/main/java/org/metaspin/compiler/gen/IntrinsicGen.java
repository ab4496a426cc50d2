package org.metaspin.compiler.gen;

import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the polymorphic builtins ({@link org.metaspin.compiler.check.Intrinsics}): maths
 * through {@code java.lang.Math}, list folds through the runtime's typed helpers, and
 * {@code map}/{@code filter} as inline loops so that the function value is called with
 * primitive arguments, never boxed.
 */
final class IntrinsicGen implements Opcodes {
    private static final String LISTS = "org/metaspin/runtime/lang/Lists";
    private static final String CHECKS = "org/metaspin/runtime/lang/Checks";

    private final MethodGen g;
    private final MethodVisitor mv;
    private final Attribution attr;

    IntrinsicGen(MethodGen g, MethodVisitor mv, Attribution attr) {
        this.g = g;
        this.mv = mv;
        this.attr = attr;
    }

    void emit(String name, List<Expr> args, Type result) {
        Type a0 = attr.type(args.get(0));
        switch (name) {
            case "abs" -> {
                g.expr(args.get(0));
                math("abs", a0 == Type.INT ? "(J)J" : "(D)D");
            }
            case "sign" -> {
                g.exprAs(args.get(0), Type.REAL);
                math("signum", "(D)D");
            }
            case "sqrt" -> {
                g.exprAs(args.get(0), Type.REAL);
                math("sqrt", "(D)D");
            }
            case "floor", "ceil" -> {
                g.exprAs(args.get(0), Type.REAL);
                math(name, "(D)D");
                mv.visitMethodInsn(INVOKESTATIC, CHECKS, "toInt", "(D)J", false);
            }
            case "round" -> {
                g.exprAs(args.get(0), Type.REAL);
                mv.visitMethodInsn(INVOKESTATIC, CHECKS, "round", "(D)J", false);
            }
            case "div", "mod" -> {
                g.expr(args.get(0));
                g.expr(args.get(1));
                mv.visitMethodInsn(INVOKESTATIC, CHECKS, name, "(JJ)J", false);
            }
            case "min", "max" -> {
                if (args.size() == 1) {
                    g.expr(args.get(0));
                    String arr = ((Type.ListT) a0).elem() == Type.INT ? "[J" : "[D";
                    mv.visitMethodInsn(INVOKESTATIC, LISTS, name, "(" + arr + ")" + arr.charAt(1), false);
                } else if (result == Type.INT) {
                    g.expr(args.get(0));
                    g.expr(args.get(1));
                    math(name, "(JJ)J");
                } else {
                    g.exprAs(args.get(0), Type.REAL);
                    g.exprAs(args.get(1), Type.REAL);
                    math(name, "(DD)D");
                }
            }
            case "len" -> {
                g.expr(args.get(0));
                if (a0 == Type.STRING) mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
                else mv.visitInsn(ARRAYLENGTH);
                mv.visitInsn(I2L);
            }
            case "sum", "mean" -> {
                g.expr(args.get(0));
                boolean ints = ((Type.ListT) a0).elem() == Type.INT;
                String ret = name.equals("sum") && ints ? "J" : "D";
                mv.visitMethodInsn(INVOKESTATIC, LISTS, name, "(" + (ints ? "[J" : "[D") + ")" + ret, false);
            }
            case "range" -> {
                g.expr(args.get(0));
                g.expr(args.get(1));
                mv.visitMethodInsn(INVOKESTATIC, LISTS, "range", "(JJ)[J", false);
            }
            case "linspace", "geomspace" -> {
                g.exprAs(args.get(0), Type.REAL);
                g.exprAs(args.get(1), Type.REAL);
                g.expr(args.get(2));
                mv.visitMethodInsn(INVOKESTATIC, LISTS, name, "(DDJ)[D", false);
            }
            case "map" -> {
                int mark = g.mark();
                map(args.get(0), args.get(1), (Type.ListT) result);
                g.release(mark);
            }
            case "filter" -> {
                int mark = g.mark();
                filter(args.get(0), args.get(1), (Type.ListT) a0);
                g.release(mark);
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private void math(String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", name, desc, false);
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
        int count = g.temp(Type.BOOL);
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
        String d = JvmTypes.descriptor(list);
        String arrDesc = d.startsWith("[L") || d.startsWith("[[") ? "[Ljava/lang/Object;" : d;
        mv.visitMethodInsn(INVOKESTATIC, "java/util/Arrays", "copyOf", "(" + arrDesc + "I)" + arrDesc, false);
        if (!arrDesc.equals(d)) g.cast(list);
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
        int i = g.temp(Type.BOOL);
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
