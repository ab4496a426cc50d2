package org.metaspin.compiler.gen;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.check.CallTarget;
import org.metaspin.compiler.check.MemberTarget;
import org.metaspin.compiler.check.Symbol;
import org.metaspin.compiler.check.Type;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.resolve.Builtin;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Props;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the bytecode of one method: statements, expressions and the conversions between
 * them (Int to Real, literal lists to their element type). Every statement and call
 * carries its `.msp` line, so a stack trace is an `.msp` stack trace.
 */
final class MethodGen implements Opcodes {
    private static final String LISTS = "org/metaspin/runtime/lang/Lists";
    private static final String SHOW = "org/metaspin/runtime/lang/Show";
    private static final String CHECKS = "org/metaspin/runtime/lang/Checks";
    static final String PROPS = org.objectweb.asm.Type.getInternalName(Props.class);
    static final Handle METAFACTORY = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    private final ModuleGen mod;
    private final Attribution attr;
    private final MethodVisitor mv;
    private final Object owner;
    private final Type result;
    /** Inside a function, a top-level binding may be read before its `let` ran (§15: R0005). */
    private final boolean checkGlobals;
    private final Map<Symbol.Local, Integer> slots = new IdentityHashMap<>();
    private final Deque<Label[]> loops = new ArrayDeque<>();
    private int nextSlot;
    private int lastLine = -1;

    MethodGen(ModuleGen mod, MethodVisitor mv, Object owner, Type result, boolean checkGlobals) {
        this.mod = mod;
        this.attr = mod.attr;
        this.mv = mv;
        this.owner = owner;
        this.result = result;
        this.checkGlobals = checkGlobals;
    }

    void declare(Symbol.Local l) {
        slots.put(l, nextSlot);
        nextSlot += JvmTypes.slots(l.type);
    }

    int temp(Type t) {
        int s = nextSlot;
        nextSlot += Math.max(1, JvmTypes.slots(t));
        return s;
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
        mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
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

    private void pop(Type t) {
        int n = JvmTypes.slots(t);
        if (n == 2) mv.visitInsn(POP2);
        else if (n == 1) mv.visitInsn(POP);
    }

    // ------------------------------------------------------------------ statements

    /** A block's locals and temporaries die with it: their slots are reused after it. */
    void block(Stmt.Block b) {
        int mark = nextSlot;
        for (Stmt s : b.stmts()) stmt(s);
        nextSlot = mark;
    }

    void stmt(Stmt s) {
        line(s.span());
        if (s instanceof Stmt.Let l) {
            Symbol sym = attr.symbols.get(l);
            if (sym instanceof Symbol.Global g) {
                exprAs(l.value(), g.type());
                mv.visitFieldInsn(PUTSTATIC, mod.className, g.name(), JvmTypes.descriptor(g.type()));
                mv.visitInsn(ICONST_1);
                mv.visitFieldInsn(PUTSTATIC, mod.className, g.name() + "$set", "Z");
            } else {
                Symbol.Local v = (Symbol.Local) sym;
                exprAs(l.value(), v.type);
                declare(v);
                store(v.type, slots.get(v));
            }
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.If i) {
            Label otherwise = new Label();
            Label end = new Label();
            jumpUnless(i.cond(), otherwise);
            block(i.then());
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(otherwise);
            if (i.otherwise() != null) stmt(i.otherwise());
            mv.visitLabel(end);
        } else if (s instanceof Stmt.For f) {
            forLoop(f);
        } else if (s instanceof Stmt.While w) {
            Label top = new Label();
            Label end = new Label();
            mv.visitLabel(top);
            jumpUnless(w.cond(), end);
            loops.push(new Label[] {end, top});
            block(w.body());
            loops.pop();
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(end);
        } else if (s instanceof Stmt.Break) {
            mv.visitJumpInsn(GOTO, loops.peek()[0]);
        } else if (s instanceof Stmt.Continue) {
            mv.visitJumpInsn(GOTO, loops.peek()[1]);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() == null) {
                mv.visitInsn(RETURN);
            } else {
                exprAs(r.value(), result);
                returnValue(result);
            }
        } else if (s instanceof Stmt.Assert a) {
            Label ok = new Label();
            jumpIf(a.cond(), ok);
            if (a.message() == null) mv.visitInsn(ACONST_NULL);
            else expr(a.message());
            mv.visitMethodInsn(INVOKESTATIC, CHECKS, "assertion", "(Ljava/lang/String;)Lorg/metaspin/runtime/api/RuntimeFailure;", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
        } else if (s instanceof Stmt.Print p) {
            print(p);
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.expr());
            pop(attr.type(e.expr()));
        } else if (s instanceof Stmt.Run r) {
            if (r.sweep()) {
                new SweepGen(mod, this, mv).sweep(r);
            } else {
                Expr.Call call = attr.runs.get(r);
                call(call, attr.calls.get(call));
            }
        } else if (s instanceof Stmt.Block b) {
            block(b);
        } else if (s instanceof Stmt.Fn f) {
            mod.function((Symbol.Function) attr.symbols.get(f));
        }
    }

    private void assign(Stmt.Assign a) {
        Expr.Name n = (Expr.Name) a.target();
        Symbol sym = attr.symbols.get(n);
        Type t = sym instanceof Symbol.Local l ? l.type : ((Symbol.Global) sym).type();
        Expr value = a.op() == null ? a.value() : attr.compound.get(a);
        exprAs(value, t);
        if (sym instanceof Symbol.Local l) {
            store(t, slots.get(l));
        } else {
            Symbol.Global g = (Symbol.Global) sym;
            mv.visitFieldInsn(PUTSTATIC, ModuleGen.className(g.module()), g.name(), JvmTypes.descriptor(t));
        }
    }

    private void forLoop(Stmt.For f) {
        int mark = nextSlot;
        forLoop0(f);
        nextSlot = mark;
    }

    private void forLoop0(Stmt.For f) {
        Symbol.Local v = (Symbol.Local) attr.symbols.get(f);
        Label top = new Label();
        Label next = new Label();
        Label end = new Label();
        if (f.iterable() instanceof Expr.Range r) {
            // counting loop, no list is built
            exprAs(r.from(), Type.INT);
            declare(v);
            int i = slots.get(v);
            int limit = temp(Type.INT);
            exprAs(r.to(), Type.INT);
            if (r.inclusive()) {
                mv.visitInsn(LCONST_1);
                mv.visitInsn(LADD);
            }
            mv.visitVarInsn(LSTORE, limit);
            mv.visitVarInsn(LSTORE, i);
            mv.visitLabel(top);
            mv.visitVarInsn(LLOAD, i);
            mv.visitVarInsn(LLOAD, limit);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGE, end);
            loops.push(new Label[] {end, next});
            block(f.body());
            loops.pop();
            mv.visitLabel(next);
            mv.visitVarInsn(LLOAD, i);
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, i);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(end);
            return;
        }
        Type listType = attr.type(f.iterable());
        expr(f.iterable());
        int arr = temp(listType);
        mv.visitVarInsn(ASTORE, arr);
        int idx = temp(Type.BOOL);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, idx);
        declare(v);
        mv.visitLabel(top);
        mv.visitVarInsn(ILOAD, idx);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitInsn(ARRAYLENGTH);
        mv.visitJumpInsn(IF_ICMPGE, end);
        mv.visitVarInsn(ALOAD, arr);
        mv.visitVarInsn(ILOAD, idx);
        arrayLoad(v.type);
        store(v.type, slots.get(v));
        loops.push(new Label[] {end, next});
        block(f.body());
        loops.pop();
        mv.visitLabel(next);
        mv.visitIincInsn(idx, 1);
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(end);
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

    private void print(Stmt.Print p) {
        if (p.args().isEmpty()) {
            mv.visitLdcInsn("");
        } else if (p.args().size() == 1) {
            show(p.args().get(0));
        } else {
            mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            boolean first = true;
            for (Expr e : p.args()) {
                if (!first) appendConstant(" ");
                first = false;
                show(e);
                append();
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        }
        mv.visitMethodInsn(INVOKESTATIC, "org/metaspin/runtime/lang/Console", "println", "(Ljava/lang/String;)V", false);
    }

    private void appendConstant(String s) {
        for (String piece : StringConstants.pieces(s)) {
            mv.visitLdcInsn(piece);
            append();
        }
    }

    private void append() {
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
    }

    /** Pushes the text that `print` shows for the value of {@code e} (§2.4). */
    private void show(Expr e) {
        Type t = attr.type(e);
        expr(e);
        if (t instanceof Type.FnT f) {
            // §15: a function prints as its name and signature, a lambda as its signature
            mv.visitInsn(POP);
            String name = e instanceof Expr.Name n && attr.symbols.get(n) instanceof Symbol.Function fn ? " " + fn.name() : "";
            mv.visitLdcInsn("fn" + name + f.show());
            return;
        }
        showTop(t);
    }

    private void showTop(Type t) {
        if (t instanceof Type.Quantity q) {
            mv.visitLdcInsn(q.dim().pack());
            mv.visitMethodInsn(INVOKESTATIC, SHOW, "real", "(DJ)Ljava/lang/String;", false);
        } else if (t == Type.INT) {
            mv.visitMethodInsn(INVOKESTATIC, SHOW, "integer", "(J)Ljava/lang/String;", false);
        } else if (t == Type.BOOL) {
            mv.visitMethodInsn(INVOKESTATIC, SHOW, "bool", "(Z)Ljava/lang/String;", false);
        } else if (t == Type.STRING) {
            return;
        } else if (t instanceof Type.ListT l) {
            Type elem = l.elem();
            switch (JvmTypes.shape(elem)) {
                case 'D' -> {
                    mv.visitLdcInsn(((Type.Quantity) elem).dim().pack());
                    mv.visitMethodInsn(INVOKESTATIC, SHOW, "list", "([DJ)Ljava/lang/String;", false);
                }
                case 'J' -> mv.visitMethodInsn(INVOKESTATIC, SHOW, "list", "([J)Ljava/lang/String;", false);
                case 'Z' -> mv.visitMethodInsn(INVOKESTATIC, SHOW, "list", "([Z)Ljava/lang/String;", false);
                default -> {
                    Type inner = elem;
                    while (inner instanceof Type.ListT il) inner = il.elem();
                    mv.visitLdcInsn(inner instanceof Type.Quantity q ? q.dim().pack() : 0L);
                    mv.visitMethodInsn(INVOKESTATIC, SHOW, "list", "([Ljava/lang/Object;J)Ljava/lang/String;", false);
                }
            }
        } else {
            mv.visitMethodInsn(INVOKESTATIC, SHOW, "object", "(Ljava/lang/Object;)Ljava/lang/String;", false);
        }
    }

    // ------------------------------------------------------------------ conditions

    /** Jumps to {@code target} when the Bool {@code e} is false, without materializing it. */
    void jumpUnless(Expr e, Label target) {
        if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            jumpUnless(b.left(), target);
            jumpUnless(b.right(), target);
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.OR) {
            Label ok = new Label();
            jumpIf(b.left(), ok);
            jumpUnless(b.right(), target);
            mv.visitLabel(ok);
        } else if (e instanceof Expr.Not n) {
            jumpIf(n.operand(), target);
        } else if (e instanceof Expr.Binary b && b.op().comparison()) {
            compare(b, target, true);
        } else {
            expr(e);
            mv.visitJumpInsn(IFEQ, target);
        }
    }

    void jumpIf(Expr e, Label target) {
        if (e instanceof Expr.Binary b && b.op() == BinOp.OR) {
            jumpIf(b.left(), target);
            jumpIf(b.right(), target);
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            Label no = new Label();
            jumpUnless(b.left(), no);
            jumpIf(b.right(), target);
            mv.visitLabel(no);
        } else if (e instanceof Expr.Not n) {
            jumpUnless(n.operand(), target);
        } else if (e instanceof Expr.Binary b && b.op().comparison()) {
            compare(b, target, false);
        } else {
            expr(e);
            mv.visitJumpInsn(IFNE, target);
        }
    }

    /** Compares and jumps when the comparison is false ({@code negate}) or true. */
    private void compare(Expr.Binary b, Label target, boolean negate) {
        Type l = attr.type(b.left());
        Type r = attr.type(b.right());
        BinOp op = negate ? negateOp(b.op()) : b.op();
        if (l == Type.INT && r == Type.INT) {
            expr(b.left());
            expr(b.right());
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(jumpOn(op), target);
        } else if (l instanceof Type.Quantity || r instanceof Type.Quantity) {
            exprAs(b.left(), Type.REAL);
            exprAs(b.right(), Type.REAL);
            // A comparison with NaN is false, so its negation must jump: pick the compare
            // instruction whose NaN result (1 for DCMPG, -1 for DCMPL) gives that outcome.
            boolean greater = op == BinOp.GT || op == BinOp.GE;
            mv.visitInsn(greater == negate ? DCMPG : DCMPL);
            mv.visitJumpInsn(jumpOn(op), target);
        } else if (l == Type.BOOL) {
            expr(b.left());
            expr(b.right());
            mv.visitJumpInsn(op == BinOp.EQ ? IF_ICMPEQ : IF_ICMPNE, target);
        } else if (l == Type.STRING && op != BinOp.EQ && op != BinOp.NE) {
            expr(b.left());
            expr(b.right());
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "compareTo", "(Ljava/lang/String;)I", false);
            mv.visitJumpInsn(switch (op) {
                case LT -> IFLT;
                case LE -> IFLE;
                case GT -> IFGT;
                default -> IFGE;
            }, target);
        } else {
            expr(b.left());
            expr(b.right());
            mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
            mv.visitJumpInsn(op == BinOp.EQ ? IFNE : IFEQ, target);
        }
    }

    private static BinOp negateOp(BinOp op) {
        return switch (op) {
            case EQ -> BinOp.NE;
            case NE -> BinOp.EQ;
            case LT -> BinOp.GE;
            case LE -> BinOp.GT;
            case GT -> BinOp.LE;
            case GE -> BinOp.LT;
            default -> op;
        };
    }

    private static int jumpOn(BinOp op) {
        return switch (op) {
            case EQ -> IFEQ;
            case NE -> IFNE;
            case LT -> IFLT;
            case LE -> IFLE;
            case GT -> IFGT;
            default -> IFGE;
        };
    }

    // ------------------------------------------------------------------ expressions

    /** Pushes {@code e} converted to {@code target} (Int to Real; list literals to their element type). */
    void exprAs(Expr e, Type target) {
        Type t = attr.type(e);
        if (e instanceof Expr.ListLit l && target instanceof Type.ListT lt) {
            listLiteral(l, lt.elem());
            return;
        }
        boolean toReal = t == Type.INT && (target instanceof Type.Quantity || target == Type.ANY_QUANTITY);
        if (toReal && e instanceof Expr.Num n) {
            // an Int literal where a Real is wanted is a double constant, not a conversion
            mv.visitLdcInsn((double) Long.parseLong(n.text().replace("_", "")));
            return;
        }
        expr(e);
        if (toReal) mv.visitInsn(L2D);
        if (EmptyLists.needsReshape(t, target)) {
            // `[]` or `[[]]` held in a binding of type List[Nothing] (List[List[Nothing]]) where a typed list is wanted
            mv.visitLdcInsn(org.objectweb.asm.Type.getType(JvmTypes.descriptor(target)));
            mv.visitMethodInsn(INVOKESTATIC, LISTS, "reshape", "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, internalOrDescriptor(target));
        }
    }

    void expr(Expr e) {
        Type t = attr.type(e);
        if (e instanceof Expr.Num n) {
            double v = Double.parseDouble(n.text().replace("_", ""));
            if (t == Type.INT) {
                mv.visitLdcInsn(Long.parseLong(n.text().replace("_", "")));
            } else {
                Double scale = attr.scales.get(n);
                mv.visitLdcInsn(scale == null ? v : v * scale);
            }
        } else if (e instanceof Expr.Str s) {
            string(s);
        } else if (e instanceof Expr.Bool b) {
            mv.visitInsn(b.value() ? ICONST_1 : ICONST_0);
        } else if (e instanceof Expr.Name n) {
            name(n, attr.symbols.get(n), t);
        } else if (e instanceof Expr.ListLit l) {
            listLiteral(l, ((Type.ListT) t).elem());
        } else if (e instanceof Expr.Neg n) {
            exprAs(n.operand(), t);
            mv.visitInsn(t == Type.INT ? LNEG : DNEG);
        } else if (e instanceof Expr.Not || (e instanceof Expr.Binary b0 && (b0.op().comparison() || b0.op() == BinOp.AND || b0.op() == BinOp.OR))) {
            Label no = new Label();
            Label end = new Label();
            jumpUnless(e, no);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(no);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(end);
        } else if (e instanceof Expr.Binary b) {
            arithmetic(b, t);
        } else if (e instanceof Expr.Cond c) {
            Label no = new Label();
            Label end = new Label();
            jumpUnless(c.cond(), no);
            exprAs(c.then(), t);
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(no);
            exprAs(c.otherwise(), t);
            mv.visitLabel(end);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l, (Type.FnT) t);
        } else if (e instanceof Expr.Call c) {
            line(c.span());
            call(c, attr.calls.get(c));
        } else if (e instanceof Expr.Index i) {
            index(i, t);
        } else if (e instanceof Expr.Member m) {
            member(m, t);
        } else if (e instanceof Expr.With w) {
            new KindGen(this, mv).with(w, (Type.Domain) t);
        } else if (e instanceof Expr.Convert c) {
            exprAs(c.value(), Type.REAL);
            mv.visitLdcInsn(attr.scales.get(c));
            mv.visitInsn(DDIV);
        } else if (e instanceof Expr.Range r) {
            exprAs(r.from(), Type.INT);
            exprAs(r.to(), Type.INT);
            if (r.inclusive()) {
                mv.visitInsn(LCONST_1);
                mv.visitInsn(LADD);
            }
            mv.visitMethodInsn(INVOKESTATIC, LISTS, "range", "(JJ)[J", false);
        }
    }

    private void string(Expr.Str s) {
        if (s.parts().size() == 1 && s.parts().get(0) instanceof Expr.Text t && StringConstants.pieces(t.text()).size() == 1) {
            mv.visitLdcInsn(t.text());
            return;
        }
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        for (Expr.StrPart p : s.parts()) {
            if (p instanceof Expr.Text t) appendConstant(t.text());
            else {
                show(((Expr.Interp) p).expr());
                append();
            }
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
    }

    private void listLiteral(Expr.ListLit l, Type elem) {
        // a List[Nothing] is an Object[] as JvmTypes describes it; exprAs reshapes it where a typed list is wanted
        mv.visitLdcInsn(l.elements().size());
        newArray(elem);
        for (int i = 0; i < l.elements().size(); i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            exprAs(l.elements().get(i), elem);
            arrayStore(elem);
        }
    }

    private void name(Expr.Name n, Symbol sym, Type t) {
        if (sym instanceof Symbol.Local l) {
            load(l.type, slots.get(l));
        } else if (sym instanceof Symbol.Global g) {
            global(g);
        } else {
            symbolValue(sym, t);
        }
    }

    private void global(Symbol.Global g) {
        String cls = ModuleGen.className(g.module());
        if (checkGlobals || !g.module().equals(attr.module.name())) {
            Label ok = new Label();
            mv.visitFieldInsn(GETSTATIC, cls, g.name() + "$set", "Z");
            mv.visitJumpInsn(IFNE, ok);
            mv.visitLdcInsn(g.name());
            mv.visitMethodInsn(INVOKESTATIC, CHECKS, "unset", "(Ljava/lang/String;)Lorg/metaspin/runtime/api/RuntimeFailure;", false);
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
        }
        mv.visitFieldInsn(GETSTATIC, cls, g.name(), JvmTypes.descriptor(g.type()));
    }

    /** A declared thing used as a value: a kind value, or a function as a function value. */
    private void symbolValue(Symbol sym, Type t) {
        if (sym instanceof Symbol.KindDecl k && k.fnType() == null) {
            mv.visitMethodInsn(INVOKESTATIC, ModuleGen.className(k.module()), k.name(), "()" + JvmTypes.descriptor(k.type()), false);
        } else if (sym instanceof Symbol.Constant c) {
            mv.visitFieldInsn(GETSTATIC, org.objectweb.asm.Type.getInternalName(c.info().field().getDeclaringClass()),
                    c.info().field().getName(), "D");
        } else if (sym instanceof Symbol.Global g) {
            global(g);
        } else if (sym instanceof Symbol.Function f) {
            for (Symbol.Local c : f.captures()) loadLocal(c);
            functionValue((Type.FnT) t, ModuleGen.className(f.module()), mod.methodName(f), capturesDescriptor(f.captures()),
                    f.type().params(), attr(f.module()).resultOf(f));
        } else if (sym instanceof Symbol.KindDecl k) {
            functionValue(k.fnType(), ModuleGen.className(k.module()), k.name(), "", k.fnType().params(), k.type());
        } else if (sym instanceof Symbol.Protocol p) {
            functionValue(p.type(), ModuleGen.className(p.module()), p.name(), "", p.type().params(), Type.VOID);
        } else if (sym instanceof Symbol.Builtins b) {
            Builtin bi = b.overloads().get(0);
            Method m = bi.method();
            Type.FnT ft = bi.fnType();
            String iface = JvmTypes.fnInterface(ft);
            mod.fnInterfaces.require(ft);
            Handle impl = new Handle(H_INVOKESTATIC, org.objectweb.asm.Type.getInternalName(m.getDeclaringClass()), m.getName(),
                    org.objectweb.asm.Type.getMethodDescriptor(m), false);
            mv.visitInvokeDynamicInsn("apply", "()L" + iface + ";", METAFACTORY,
                    org.objectweb.asm.Type.getMethodType(JvmTypes.erasedApply(ft)), impl,
                    org.objectweb.asm.Type.getMethodType(org.objectweb.asm.Type.getMethodDescriptor(m)));
        }
    }

    private Attribution attr(String module) {
        return module.equals(attr.module.name()) ? attr : mod.others.get(module);
    }

    private void loadLocal(Symbol.Local c) {
        load(c.type, slots.get(c));
    }

    private static String capturesDescriptor(List<Symbol.Local> captures) {
        StringBuilder sb = new StringBuilder();
        for (Symbol.Local c : captures) sb.append(JvmTypes.descriptor(c.type));
        return sb.toString();
    }

    /** An `invokedynamic` that makes a function value of {@code type} from a static method (captured values on the stack). */
    private void functionValue(Type.FnT type, String owner, String method, String captures, List<Type> params, Type result) {
        String iface = mod.fnInterfaces.require(type);
        String implDesc = "(" + captures + JvmTypes.methodDescriptor(params, result).substring(1);
        Handle impl = new Handle(H_INVOKESTATIC, owner, method, implDesc, false);
        mv.visitInvokeDynamicInsn("apply", "(" + captures + ")L" + iface + ";", METAFACTORY,
                org.objectweb.asm.Type.getMethodType(JvmTypes.erasedApply(type)), impl,
                org.objectweb.asm.Type.getMethodType(JvmTypes.methodDescriptor(params, result)));
    }

    private void lambda(Expr.Lambda l, Type.FnT type) {
        List<Symbol.Local> captures = attr.captures.getOrDefault(l, List.of());
        String name = mod.newLambdaName();
        List<Type> ps = new ArrayList<>();
        for (Symbol.Local c : captures) ps.add(c.type);
        ps.addAll(type.params());
        MethodVisitor lmv = mod.cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, JvmTypes.methodDescriptor(ps, type.result()), null, null);
        MethodGen g = new MethodGen(mod, lmv, l, type.result(), true);
        for (Symbol.Local c : captures) g.declare(c);
        for (Expr.LambdaParam p : l.params()) g.declare(attr.lambdaParams.get(p));
        lmv.visitCode();
        g.line(l.span());
        g.exprAs(l.body(), type.result());
        g.returnValue(type.result());
        g.finish();
        for (Symbol.Local c : captures) loadLocal(c);
        functionValue(type, mod.className, name, capturesDescriptor(captures), type.params(), type.result());
    }

    private void arithmetic(Expr.Binary b, Type t) {
        Builtin op = attr.operators.get(b);
        if (op != null) {
            builtin(op, List.of(b.left(), b.right()));
            return;
        }
        Type l = attr.type(b.left());
        Type r = attr.type(b.right());
        switch (b.op()) {
            case ADD -> {
                if (t == Type.STRING) {
                    expr(b.left());
                    expr(b.right());
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
                } else if (t instanceof Type.ListT lt) {
                    exprAs(b.left(), t);
                    exprAs(b.right(), t);
                    char s = JvmTypes.shape(lt.elem());
                    String arr = s == 'L' ? "[Ljava/lang/Object;" : "[" + s;
                    mv.visitMethodInsn(INVOKESTATIC, LISTS, "concat", "(" + arr + arr + ")" + arr, false);
                    if (s == 'L') cast(t);
                } else {
                    numeric(b, t, LADD, DADD);
                }
            }
            case SUB -> numeric(b, t, LSUB, DSUB);
            case MUL -> numeric(b, t, LMUL, DMUL);
            case DIV -> numeric(b, t, LDIV, DDIV);
            case POW -> {
                Double n = attr.scales.get(b);
                exprAs(b.left(), Type.REAL);
                if (n != null && n == 2.0) {
                    mv.visitInsn(DUP2);
                    mv.visitInsn(DMUL);
                } else {
                    exprAs(b.right(), Type.REAL);
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "pow", "(DD)D", false);
                }
                if (l == Type.INT && r == Type.INT && t == Type.INT) mv.visitInsn(D2L);
            }
            default -> throw new IllegalStateException(b.op().toString());
        }
    }

    private void numeric(Expr.Binary b, Type t, int intOp, int realOp) {
        if (t == Type.INT) {
            expr(b.left());
            expr(b.right());
            mv.visitInsn(intOp);
        } else {
            exprAs(b.left(), Type.REAL);
            exprAs(b.right(), Type.REAL);
            mv.visitInsn(realOp);
        }
    }

    private void index(Expr.Index i, Type t) {
        Type listType = attr.type(i.target());
        if (listType instanceof Type.Domain d) {
            java.lang.reflect.Method at = org.metaspin.compiler.resolve.RuntimeLibrary.indexer(d.javaClass());
            expr(i.target());
            exprAs(i.index(), Type.INT);
            mv.visitMethodInsn(INVOKEVIRTUAL, org.objectweb.asm.Type.getInternalName(d.javaClass()), at.getName(),
                    org.objectweb.asm.Type.getMethodDescriptor(at), false);
            return;
        }
        Type elem = ((Type.ListT) listType).elem();
        char s = JvmTypes.shape(elem);
        String arr = s == 'L' ? "[Ljava/lang/Object;" : "[" + s;
        expr(i.target());
        if (i.index() instanceof Expr.Range r) {
            exprAs(r.from(), Type.INT);
            exprAs(r.to(), Type.INT);
            if (r.inclusive()) {
                mv.visitInsn(LCONST_1);
                mv.visitInsn(LADD);
            }
            mv.visitMethodInsn(INVOKESTATIC, LISTS, "slice", "(" + arr + "JJ)" + arr, false);
            if (s == 'L') cast(listType);
            return;
        }
        exprAs(i.index(), Type.INT);
        mv.visitMethodInsn(INVOKESTATIC, LISTS, "get", "(" + arr + "J)" + (s == 'L' ? "Ljava/lang/Object;" : String.valueOf(s)), false);
        if (s == 'L') cast(elem);
    }

    private void member(Expr.Member m, Type t) {
        MemberTarget target = attr.members.get(m);
        if (target instanceof MemberTarget.Property p) {
            expr(m.target());
            Method g = p.prop().getter();
            mv.visitMethodInsn(INVOKEVIRTUAL, org.objectweb.asm.Type.getInternalName(g.getDeclaringClass()), g.getName(),
                    org.objectweb.asm.Type.getMethodDescriptor(g), false);
            if (g.getReturnType() == int.class) mv.visitInsn(I2L);
        } else if (target instanceof MemberTarget.Export ex) {
            name(new Expr.Name(m.span(), m.name()), ex.symbol(), t);
        } else if (target instanceof MemberTarget.OpenEntry entry) {
            expr(m.target());
            mv.visitMethodInsn(INVOKEVIRTUAL, org.objectweb.asm.Type.getInternalName(KindValue.class), "props", "()L" + PROPS + ";", false);
            mv.visitLdcInsn(entry.name());
            mv.visitMethodInsn(INVOKEVIRTUAL, PROPS, "real", "(Ljava/lang/String;)D", false);
        }
    }

    // ------------------------------------------------------------------ declarations

    void buildKind(Stmt.Kind k, Type.Domain type) {
        new KindGen(this, mv).build(k, type);
    }

    // ------------------------------------------------------------------ calls

    void call(Expr.Call c, CallTarget target) {
        if (target instanceof CallTarget.ToBuiltin b) {
            builtin(b.builtin(), b.args());
        } else if (target instanceof CallTarget.ToFunction f) {
            Symbol.Function fn = f.fn();
            invokeWithDefaults(ModuleGen.className(fn.module()), mod.methodName(fn), fn.captures(), fn.type().params(), f.args(),
                    JvmTypes.methodDescriptor(withCaptures(fn.captures(), fn.type().params()), attr(fn.module()).resultOf(fn)));
        } else if (target instanceof CallTarget.ToKind k) {
            invokeWithDefaults(ModuleGen.className(k.kind().module()), k.kind().name(), List.of(), k.kind().fnType().params(), k.args(),
                    JvmTypes.methodDescriptor(k.kind().fnType().params(), k.kind().type()));
        } else if (target instanceof CallTarget.ToProtocol p) {
            invokeWithDefaults(ModuleGen.className(p.protocol().module()), p.protocol().name(), List.of(), p.protocol().type().params(),
                    p.args(), JvmTypes.methodDescriptor(p.protocol().type().params(), Type.VOID));
        } else if (target instanceof CallTarget.ToValue v) {
            String iface = mod.fnInterfaces.require(v.type());
            expr(v.callee());
            for (int i = 0; i < v.args().size(); i++) exprAs(v.args().get(i), v.type().params().get(i));
            mv.visitMethodInsn(INVOKEINTERFACE, iface, "apply", JvmTypes.erasedApply(v.type()), true);
            if (JvmTypes.shape(v.type().result()) == 'L') cast(v.type().result());
        } else if (target instanceof CallTarget.ToIntrinsic i) {
            new IntrinsicGen(this, mv, attr).emit(i.name(), i.args(), attr.type(c));
        }
    }

    private static List<Type> withCaptures(List<Symbol.Local> captures, List<Type> params) {
        List<Type> all = new ArrayList<>();
        for (Symbol.Local c : captures) all.add(c.type);
        all.addAll(params);
        return all;
    }

    /** Arguments go to temporaries when a default is needed: a default method takes the earlier arguments. */
    private void invokeWithDefaults(String owner, String method, List<Symbol.Local> captures, List<Type> params, List<Expr> args, String desc) {
        int mark = nextSlot;
        invokeWithDefaults0(owner, method, captures, params, args, desc);
        nextSlot = mark;
    }

    private void invokeWithDefaults0(String owner, String method, List<Symbol.Local> captures, List<Type> params, List<Expr> args, String desc) {
        boolean needsDefault = args.stream().anyMatch(a -> a == null);
        if (!needsDefault) {
            for (Symbol.Local c : captures) loadLocal(c);
            for (int i = 0; i < args.size(); i++) exprAs(args.get(i), params.get(i));
            mv.visitMethodInsn(INVOKESTATIC, owner, method, desc, false);
            return;
        }
        int[] temps = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Type pt = params.get(i);
            if (args.get(i) != null) {
                exprAs(args.get(i), pt);
            } else {
                for (Symbol.Local c : captures) loadLocal(c);
                for (int j = 0; j < i; j++) load(params.get(j), temps[j]);
                mv.visitMethodInsn(INVOKESTATIC, owner, method + "$default$" + i,
                        JvmTypes.methodDescriptor(withCaptures(captures, params.subList(0, i)), pt), false);
            }
            temps[i] = temp(pt);
            store(pt, temps[i]);
        }
        for (Symbol.Local c : captures) loadLocal(c);
        for (int i = 0; i < args.size(); i++) load(params.get(i), temps[i]);
        mv.visitMethodInsn(INVOKESTATIC, owner, method, desc, false);
    }

    void builtin(Builtin b, List<Expr> args) {
        Method m = b.method();
        Class<?>[] javaParams = m.getParameterTypes();
        java.lang.annotation.Annotation[][] notes = m.getParameterAnnotations();
        int arg = 0;
        for (int j = 0; j < javaParams.length; j++) {
            org.metaspin.runtime.api.DimOf dimOf = null;
            for (var a : notes[j]) if (a instanceof org.metaspin.runtime.api.DimOf d) dimOf = d;
            if (dimOf != null) {
                mv.visitLdcInsn(elementDimension(b, args, dimOf.value()));
                continue;
            }
            exprAs(args.get(arg), b.params().get(arg).type());
            if (javaParams[j] == int.class) mv.visitInsn(L2I);
            arg++;
        }
        mv.visitMethodInsn(INVOKESTATIC, org.objectweb.asm.Type.getInternalName(m.getDeclaringClass()), m.getName(),
                org.objectweb.asm.Type.getMethodDescriptor(m), false);
        if (m.getReturnType() == int.class) mv.visitInsn(I2L);
    }

    /** The packed dimension of the argument {@code name} of a builtin call, of its elements for a list (0: none). */
    private long elementDimension(Builtin b, List<Expr> args, String name) {
        for (int i = 0; i < b.params().size(); i++) {
            if (!b.params().get(i).name().equals(name)) continue;
            Type t = attr.type(args.get(i));
            while (t instanceof Type.ListT l) t = l.elem();
            return t instanceof Type.Quantity q ? q.dim().pack() : 0L;
        }
        throw new IllegalStateException("@DimOf names no parameter: " + name + " of " + b.name());
    }

    /** The next free slot, to give temporaries back with {@link #release}. */
    int mark() {
        return nextSlot;
    }

    void release(int mark) {
        nextSlot = mark;
    }

    /** A method whose first {@code slots} local slots hold its JVM arguments. */
    void reserveArguments(int slots) {
        nextSlot = slots;
    }
}
