package org.metaspin.compiler.gen;

import java.lang.reflect.Method;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.check.MemberTarget;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits expressions, each leaving its value on the stack, and the conversions between them
 * (Int to Real, list literals to their element type, `print`'s text of a value). Calls and
 * function values go to {@link CallGen}, conditions to {@link CondGen}.
 */
final class ExprGen implements Expr.Visitor<Void>, Opcodes {
    private final MethodGen g;
    private final MethodVisitor mv;

    ExprGen(MethodGen g) {
        this.g = g;
        this.mv = g.mv;
    }

    private Type type(Expr e) {
        return g.attr.type(e);
    }

    /** Pushes {@code e} converted to {@code target} (Int to Real; list literals to their element type). */
    void as(Expr e, Type target) {
        Type t = type(e);
        if (e instanceof Expr.ListLit l && target instanceof Type.ListT lt) {
            listLiteral(l, lt.elem());
            return;
        }
        boolean toReal = t == Type.INT && (target instanceof Type.Quantity || target == Type.ANY_QUANTITY);
        if (toReal && e instanceof Expr.Num n) {
            // an Int literal where a Real is wanted is a double constant, not a conversion
            mv.visitLdcInsn((double) n.intValue());
            return;
        }
        e.accept(this);
        if (toReal) mv.visitInsn(L2D);
        if (EmptyLists.needsReshape(t, target)) {
            // `[]` or `[[]]` held in a binding of type List[Nothing] (List[List[Nothing]]) where a typed list is wanted
            mv.visitLdcInsn(org.objectweb.asm.Type.getType(JvmTypes.descriptor(target)));
            RuntimeRefs.LISTS_RESHAPE.emit(mv);
            mv.visitTypeInsn(CHECKCAST, MethodGen.internalOrDescriptor(target));
        }
    }

    @Override
    public Void visitNum(Expr.Num n) {
        if (type(n) == Type.INT) {
            long v = n.intValue();
            if (v == 0 || v == 1) mv.visitInsn(v == 0 ? LCONST_0 : LCONST_1);
            else mv.visitLdcInsn(v);
        } else {
            double v = n.value();
            Double scale = g.attr.scales.get(n);
            mv.visitLdcInsn(scale == null ? v : v * scale);
        }
        return null;
    }

    @Override
    public Void visitStr(Expr.Str s) {
        if (s.parts().size() == 1 && s.parts().get(0) instanceof Expr.Text t && StringConstants.pieces(t.text()).size() == 1) {
            mv.visitLdcInsn(t.text());
            return null;
        }
        mv.visitTypeInsn(NEW, RuntimeRefs.BUILDER_NEW.owner());
        mv.visitInsn(DUP);
        RuntimeRefs.BUILDER_NEW.emit(mv);
        for (Expr.StrPart p : s.parts()) {
            if (p instanceof Expr.Text t) {
                for (String piece : StringConstants.pieces(t.text())) {
                    mv.visitLdcInsn(piece);
                    RuntimeRefs.BUILDER_APPEND.emit(mv);
                }
            } else {
                show(((Expr.Interp) p).expr());
                RuntimeRefs.BUILDER_APPEND.emit(mv);
            }
        }
        RuntimeRefs.BUILDER_TO_STRING.emit(mv);
        return null;
    }

    /** Pushes the text that `print` shows for the value of {@code e} (§2.4). */
    void show(Expr e) {
        Type t = type(e);
        e.accept(this);
        if (t instanceof Type.Quantity q) {
            mv.visitLdcInsn(q.dim().pack());
            RuntimeRefs.SHOW_REAL.emit(mv);
        } else if (t == Type.INT) {
            RuntimeRefs.SHOW_INTEGER.emit(mv);
        } else if (t == Type.BOOL) {
            RuntimeRefs.SHOW_BOOL.emit(mv);
        } else if (t instanceof Type.ListT l) {
            Type elem = l.elem();
            switch (JvmTypes.shape(elem)) {
                case 'D' -> {
                    mv.visitLdcInsn(((Type.Quantity) elem).dim().pack());
                    RuntimeRefs.SHOW_REALS.emit(mv);
                }
                case 'J' -> RuntimeRefs.SHOW_INTS.emit(mv);
                case 'Z' -> RuntimeRefs.SHOW_BOOLS.emit(mv);
                default -> {
                    Type inner = elem;
                    while (inner instanceof Type.ListT il) inner = il.elem();
                    mv.visitLdcInsn(inner instanceof Type.Quantity q ? q.dim().pack() : 0L);
                    RuntimeRefs.SHOW_OBJECTS.emit(mv);
                }
            }
        } else if (t != Type.STRING) {
            RuntimeRefs.SHOW_OBJECT.emit(mv);
        }
    }

    @Override
    public Void visitBool(Expr.Bool b) {
        mv.visitInsn(b.value() ? ICONST_1 : ICONST_0);
        return null;
    }

    @Override
    public Void visitName(Expr.Name n) {
        Symbol sym = g.attr.symbols.get(n);
        if (sym instanceof Symbol.Local l) g.loadLocal(l);
        else if (sym instanceof Symbol.Global glob) global(glob);
        else g.calls.symbolValue(sym, type(n));
        return null;
    }

    private void global(Symbol.Global glob) {
        String cls = JvmNames.moduleClass(glob.module());
        if (g.checkGlobals || !glob.module().equals(g.attr.module.name())) {
            Label ok = new Label();
            mv.visitFieldInsn(GETSTATIC, cls, JvmNames.setFlag(glob.name()), "Z");
            mv.visitJumpInsn(IFNE, ok);
            mv.visitLdcInsn(glob.name());
            RuntimeRefs.CHECKS_UNSET.emit(mv);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
        }
        mv.visitFieldInsn(GETSTATIC, cls, glob.name(), JvmTypes.descriptor(glob.type()));
    }

    @Override
    public Void visitListLit(Expr.ListLit l) {
        listLiteral(l, ((Type.ListT) type(l)).elem());
        return null;
    }

    private void listLiteral(Expr.ListLit l, Type elem) {
        // a List[Nothing] is an Object[] as JvmTypes describes it; `as` reshapes it where a typed list is wanted
        mv.visitLdcInsn(l.elements().size());
        g.newArray(elem);
        for (int i = 0; i < l.elements().size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            as(l.elements().get(i), elem);
            g.arrayStore(elem);
        }
    }

    @Override
    public Void visitNeg(Expr.Neg n) {
        Type t = type(n);
        as(n.operand(), t);
        mv.visitInsn(t == Type.INT ? LNEG : DNEG);
        return null;
    }

    @Override
    public Void visitNot(Expr.Not n) {
        bool(n);
        return null;
    }

    /** A Bool value from a condition: 1 or 0 after the jumps {@link CondGen} emits. */
    private void bool(Expr e) {
        Label no = new Label();
        Label end = new Label();
        g.conds.jumpUnless(e, no);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitLabel(end);
    }

    @Override
    public Void visitBinary(Expr.Binary b) {
        if (b.op().comparison() || b.op() == BinOp.AND || b.op() == BinOp.OR) {
            bool(b);
            return null;
        }
        BuiltinFn op = g.attr.operators.get(b);
        if (op != null) {
            g.calls.builtin(op, java.util.List.of(b.left(), b.right()));
            return null;
        }
        Type t = type(b);
        switch (b.op()) {
            case ADD -> {
                if (t == Type.STRING) {
                    b.left().accept(this);
                    b.right().accept(this);
                    RuntimeRefs.STRING_CONCAT.emit(mv);
                } else if (t instanceof Type.ListT lt) {
                    as(b.left(), t);
                    as(b.right(), t);
                    char s = JvmTypes.shape(lt.elem());
                    RuntimeRefs.LISTS_CONCAT.of(s).emit(mv);
                    if (s == 'L') g.cast(t);
                } else {
                    numeric(b, t, LADD, DADD);
                }
            }
            case SUB -> numeric(b, t, LSUB, DSUB);
            case MUL -> numeric(b, t, LMUL, DMUL);
            case DIV -> numeric(b, t, LDIV, DDIV);
            case POW -> {
                Double n = g.attr.scales.get(b);
                as(b.left(), Type.REAL);
                if (n != null && n == 2.0) {
                    mv.visitInsn(DUP2);
                    mv.visitInsn(DMUL);
                } else {
                    as(b.right(), Type.REAL);
                    RuntimeRefs.MATH_POW.emit(mv);
                }
                if (type(b.left()) == Type.INT && type(b.right()) == Type.INT && t == Type.INT) mv.visitInsn(D2L);
            }
            default -> throw new IllegalStateException(b.op().toString());
        }
        return null;
    }

    private void numeric(Expr.Binary b, Type t, int intOp, int realOp) {
        if (t == Type.INT) {
            b.left().accept(this);
            b.right().accept(this);
            mv.visitInsn(intOp);
        } else {
            as(b.left(), Type.REAL);
            as(b.right(), Type.REAL);
            mv.visitInsn(realOp);
        }
    }

    @Override
    public Void visitCond(Expr.Cond c) {
        Type t = type(c);
        Label no = new Label();
        Label end = new Label();
        g.conds.jumpUnless(c.cond(), no);
        as(c.then(), t);
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(no);
        as(c.otherwise(), t);
        mv.visitLabel(end);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda l) {
        g.calls.lambda(l, (Type.FnT) type(l));
        return null;
    }

    @Override
    public Void visitCall(Expr.Call c) {
        g.line(c.span());
        g.calls.call(c, g.attr.calls.get(c));
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index i) {
        Type listType = type(i.target());
        if (listType instanceof Type.Domain d) {
            // A[k] on a domain value: the runtime class's indexer (an array's k-th device)
            i.target().accept(this);
            as(i.index(), Type.INT);
            MethodRef.of(RuntimeLibrary.indexer(d.javaClass())).emit(mv);
            return null;
        }
        Type elem = ((Type.ListT) listType).elem();
        char s = JvmTypes.shape(elem);
        i.target().accept(this);
        if (i.index() instanceof Expr.Range r) {
            as(r.from(), Type.INT);
            as(r.to(), Type.INT);
            RuntimeRefs.LISTS_SLICE.of(s).emit(mv);
            if (s == 'L') g.cast(listType);
            return null;
        }
        as(i.index(), Type.INT);
        RuntimeRefs.LISTS_GET.of(s).emit(mv);
        if (s == 'L') g.cast(elem);
        return null;
    }

    @Override
    public Void visitMember(Expr.Member m) {
        MemberTarget target = g.attr.members.get(m);
        if (target instanceof MemberTarget.Property p) {
            m.target().accept(this);
            Method getter = p.prop().getter();
            MethodRef.of(getter).emit(mv);
            if (getter.getReturnType() == int.class) mv.visitInsn(I2L);
        } else if (target instanceof MemberTarget.Export ex) {
            Symbol sym = ex.symbol();
            if (sym instanceof Symbol.Local l) g.loadLocal(l);
            else if (sym instanceof Symbol.Global glob) global(glob);
            else g.calls.symbolValue(sym, type(m));
        } else if (target instanceof MemberTarget.OpenEntry entry) {
            m.target().accept(this);
            RuntimeRefs.KIND_PROPS.emit(mv);
            mv.visitLdcInsn(entry.name());
            RuntimeRefs.PROPS_REAL.emit(mv);
        }
        return null;
    }

    @Override
    public Void visitWith(Expr.With w) {
        new KindGen(g, mv).with(w, (Type.Domain) type(w));
        return null;
    }

    @Override
    public Void visitConvert(Expr.Convert c) {
        as(c.value(), Type.REAL);
        mv.visitLdcInsn(g.attr.scales.get(c));
        mv.visitInsn(DDIV);
        return null;
    }

    @Override
    public Void visitRange(Expr.Range r) {
        if (r.inclusive()) throw new IllegalStateException("inclusive range not lowered at " + r.span());
        as(r.from(), Type.INT);
        as(r.to(), Type.INT);
        RuntimeRefs.LISTS_RANGE.emit(mv);
        return null;
    }
}
