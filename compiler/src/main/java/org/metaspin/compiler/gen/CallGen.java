package org.metaspin.compiler.gen;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToLongFunction;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.check.CallTarget;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.runtime.api.DimOf;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits calls as the checker resolved them (functions, declarations, protocols, runtime
 * builtins, function values, intrinsics), the defaults of omitted arguments, and function
 * values: a declared function, builtin or lambda as an instance of its function interface.
 */
final class CallGen implements Opcodes {
    private final MethodGen g;
    private final MethodVisitor mv;

    CallGen(MethodGen g) {
        this.g = g;
        this.mv = g.mv;
    }

    void call(Expr.Call c, CallTarget target) {
        if (target instanceof CallTarget.ToBuiltin b) {
            builtin(b.builtin(), b.args());
        } else if (target instanceof CallTarget.ToFunction f) {
            Symbol.Function fn = f.fn();
            Type result = g.attr(fn.module()).resultOf(fn);
            invokeWithDefaults(JvmNames.moduleClass(fn.module()), g.mod.methodName(fn), fn.captures(), fn.type().params(), f.args(),
                    JvmTypes.methodDescriptor(withCaptures(fn.captures(), fn.type().params()), result));
        } else if (target instanceof CallTarget.ToKind k) {
            Type.FnT t = k.kind().fnType();
            invokeWithDefaults(JvmNames.moduleClass(k.kind().module()), k.kind().name(), List.of(), t.params(), k.args(),
                    JvmTypes.methodDescriptor(t.params(), k.kind().type()));
        } else if (target instanceof CallTarget.ToProtocol p) {
            List<Type> params = p.protocol().type().params();
            invokeWithDefaults(JvmNames.moduleClass(p.protocol().module()), p.protocol().name(), List.of(), params, p.args(),
                    JvmTypes.methodDescriptor(params, Type.VOID));
        } else if (target instanceof CallTarget.ToValue v) {
            String iface = g.mod.fnInterfaces.require(v.type());
            g.expr(v.callee());
            for (int i = 0; i < v.args().size(); i++) g.exprAs(v.args().get(i), v.type().params().get(i));
            mv.visitMethodInsn(INVOKEINTERFACE, iface, "apply", JvmTypes.erasedApply(v.type()), true);
            if (JvmTypes.shape(v.type().result()) == 'L') g.cast(v.type().result());
        } else if (target instanceof CallTarget.ToIntrinsic i) {
            new IntrinsicGen(g, mv, g.attr).emit(i.which(), i.args(), g.attr.type(c));
        }
    }

    private static List<Type> withCaptures(List<Symbol.Local> captures, List<Type> params) {
        List<Type> all = new ArrayList<>();
        for (Symbol.Local c : captures) all.add(c.type);
        all.addAll(params);
        return all;
    }

    /**
     * A null argument is omitted and takes its parameter's default, computed by the callee's
     * default method from the earlier arguments: then every argument goes to a temporary
     * first, so that each is evaluated once and in order.
     */
    private void invokeWithDefaults(String owner, String method, List<Symbol.Local> captures, List<Type> params, List<Expr> args, String desc) {
        if (!args.contains(null)) {
            for (Symbol.Local c : captures) g.loadLocal(c);
            for (int i = 0; i < args.size(); i++) g.exprAs(args.get(i), params.get(i));
            mv.visitMethodInsn(INVOKESTATIC, owner, method, desc, false);
            return;
        }
        int mark = g.slots.mark();
        int[] temps = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Type pt = params.get(i);
            if (args.get(i) != null) {
                g.exprAs(args.get(i), pt);
            } else {
                for (Symbol.Local c : captures) g.loadLocal(c);
                for (int j = 0; j < i; j++) g.load(params.get(j), temps[j]);
                mv.visitMethodInsn(INVOKESTATIC, owner, JvmNames.defaultOf(method, i),
                        JvmTypes.methodDescriptor(withCaptures(captures, params.subList(0, i)), pt), false);
            }
            temps[i] = g.temp(pt);
            g.store(pt, temps[i]);
        }
        for (Symbol.Local c : captures) g.loadLocal(c);
        for (int i = 0; i < args.size(); i++) g.load(params.get(i), temps[i]);
        mv.visitMethodInsn(INVOKESTATIC, owner, method, desc, false);
        g.slots.release(mark);
    }

    /** A runtime builtin: its Java method, with the dimension of an argument where a parameter is {@link DimOf}. */
    void builtin(BuiltinFn b, List<Expr> args) {
        invokeBuiltin(mv, b, i -> g.exprAs(args.get(i), b.params().get(i).type()), name -> elementDimension(b, args, name));
    }

    /**
     * The call of a builtin's Java method, each argument pushed by {@code push} (as its
     * parameter's type) and then checked against its {@code @Param(check)}: a constant was
     * checked when compiled, anything else is checked here, where the program calls.
     */
    private static void invokeBuiltin(MethodVisitor mv, BuiltinFn b, IntConsumer push, ToLongFunction<String> dimensionOf) {
        Method m = b.method();
        Class<?>[] javaParams = m.getParameterTypes();
        java.lang.annotation.Annotation[][] notes = m.getParameterAnnotations();
        int arg = 0;
        for (int j = 0; j < javaParams.length; j++) {
            DimOf dimOf = null;
            for (var a : notes[j]) if (a instanceof DimOf d) dimOf = d;
            if (dimOf != null) {
                mv.visitLdcInsn(dimensionOf.applyAsLong(dimOf.value()));
                continue;
            }
            BuiltinFn.BuiltinParam p = b.params().get(arg);
            push.accept(arg);
            if (!p.check().isEmpty()) {
                mv.visitLdcInsn(p.check());
                mv.visitLdcInsn("`" + p.name() + "` of `" + b.name() + "`");
                if (p.type() == Type.INT) {
                    RuntimeRefs.CHECKS_INT_PARAM.emit(mv);
                } else {
                    mv.visitLdcInsn(p.type() instanceof Type.Quantity q ? q.dim().pack() : 0L);
                    RuntimeRefs.CHECKS_PARAM.emit(mv);
                }
            }
            if (javaParams[j] == int.class) mv.visitInsn(L2I);
            arg++;
        }
        MethodRef.of(m).emit(mv);
        if (m.getReturnType() == int.class) mv.visitInsn(I2L);
    }

    /** Whether a builtin's value must go through {@link #checkedBuiltinValue}: it checks a parameter, and has none that is {@link DimOf}. */
    private static boolean checksArguments(BuiltinFn b) {
        boolean checks = b.params().stream().anyMatch(p -> !p.check().isEmpty());
        return checks && b.method().getParameterCount() == b.params().size();
    }

    /**
     * A builtin as a function value when it checks its arguments: a synthetic method that calls
     * it as a direct call would, checks included, and the value made of that method, so that
     * {@code let f = sgd; f(lr)} checks {@code lr} as {@code sgd(lr)} does.
     */
    private void checkedBuiltinValue(BuiltinFn b) {
        Type.FnT ft = b.fnType();
        String name = g.mod.checkedBuiltin(b, n -> writeCheckedBuiltin(b, n));
        functionValue(ft, g.mod.className, name, "", ft.params(), ft.result(), b.name());
    }

    /** The method of {@link #checkedBuiltinValue}: its parameters, checked, passed on to the builtin. */
    private void writeCheckedBuiltin(BuiltinFn b, String name) {
        Type.FnT ft = b.fnType();
        MethodVisitor w = g.mod.cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name,
                JvmTypes.methodDescriptor(ft.params(), ft.result()), null, null);
        w.visitCode();
        int[] slots = new int[ft.params().size()];
        for (int i = 1; i < slots.length; i++) slots[i] = slots[i - 1] + asmType(ft.params().get(i - 1)).getSize();
        invokeBuiltin(w, b, i -> w.visitVarInsn(asmType(ft.params().get(i)).getOpcode(ILOAD), slots[i]), dim -> {
            throw new IllegalStateException("a builtin with a DimOf parameter is not wrapped: " + b.name());
        });
        w.visitInsn(asmType(ft.result()).getOpcode(IRETURN));
        w.visitMaxs(0, 0);
        w.visitEnd();
    }

    private static org.objectweb.asm.Type asmType(Type t) {
        return org.objectweb.asm.Type.getType(JvmTypes.descriptor(t));
    }

    /** The packed dimension of the argument {@code name} of a builtin call, of its elements for a list (0: none). */
    private long elementDimension(BuiltinFn b, List<Expr> args, String name) {
        for (int i = 0; i < b.params().size(); i++) {
            if (!b.params().get(i).name().equals(name)) continue;
            Type t = g.attr.type(args.get(i));
            while (t instanceof Type.ListT l) t = l.elem();
            return t instanceof Type.Quantity q ? q.dim().pack() : 0L;
        }
        throw new IllegalStateException("@DimOf names no parameter: " + name + " of " + b.name());
    }

    /** A declared thing used as a value: a kind value, a constant, or a function as a function value. */
    void symbolValue(Symbol sym, Type t) {
        if (sym instanceof Symbol.KindDecl k && k.fnType() == null) {
            mv.visitMethodInsn(INVOKESTATIC, JvmNames.moduleClass(k.module()), k.name(), "()" + JvmTypes.descriptor(k.type()), false);
        } else if (sym instanceof Symbol.Constant c) {
            mv.visitFieldInsn(GETSTATIC, org.objectweb.asm.Type.getInternalName(c.info().field().getDeclaringClass()),
                    c.info().field().getName(), "D");
        } else if (sym instanceof Symbol.Function f) {
            for (Symbol.Local c : f.captures()) g.loadLocal(c);
            functionValue((Type.FnT) t, JvmNames.moduleClass(f.module()), g.mod.methodName(f), capturesDescriptor(f.captures()),
                    f.type().params(), g.attr(f.module()).resultOf(f), f.name());
        } else if (sym instanceof Symbol.KindDecl k) {
            functionValue(k.fnType(), JvmNames.moduleClass(k.module()), k.name(), "", k.fnType().params(), k.type(), k.name());
        } else if (sym instanceof Symbol.Protocol p) {
            functionValue(p.type(), JvmNames.moduleClass(p.module()), p.name(), "", p.type().params(), Type.VOID, p.name());
        } else if (sym instanceof Symbol.Builtins b && checksArguments(b.overloads().get(0))) {
            checkedBuiltinValue(b.overloads().get(0));
        } else if (sym instanceof Symbol.Builtins b) {
            BuiltinFn bi = b.overloads().get(0);
            Method m = bi.method();
            Type.FnT ft = bi.fnType();
            String iface = g.mod.fnInterfaces.require(ft);
            MethodRef impl = MethodRef.of(m);
            mv.visitInvokeDynamicInsn("apply", "()L" + iface + ";", RuntimeRefs.FUNCTION_VALUE.handle(),
                    org.objectweb.asm.Type.getMethodType(JvmTypes.erasedApply(ft)), impl.handle(),
                    org.objectweb.asm.Type.getMethodType(impl.descriptor()), printed(bi.name(), ft));
        }
    }

    private static String capturesDescriptor(List<Symbol.Local> captures) {
        StringBuilder sb = new StringBuilder();
        for (Symbol.Local c : captures) sb.append(JvmTypes.descriptor(c.type));
        return sb.toString();
    }

    /**
     * An `invokedynamic` that makes a function value of {@code type} from a static method (captured
     * values on the stack), printed with {@code name} (null for a lambda).
     */
    private void functionValue(Type.FnT type, String owner, String method, String captures, List<Type> params, Type result, String name) {
        String iface = g.mod.fnInterfaces.require(type);
        String implDesc = "(" + captures + JvmTypes.methodDescriptor(params, result).substring(1);
        Handle impl = new Handle(H_INVOKESTATIC, owner, method, implDesc, false);
        mv.visitInvokeDynamicInsn("apply", "(" + captures + ")L" + iface + ";", RuntimeRefs.FUNCTION_VALUE.handle(),
                org.objectweb.asm.Type.getMethodType(JvmTypes.erasedApply(type)), impl,
                org.objectweb.asm.Type.getMethodType(JvmTypes.methodDescriptor(params, result)), printed(name, type));
    }

    /** What a function value prints as (§15): its name and signature, a lambda its signature. */
    private static String printed(String name, Type.FnT type) {
        return "fn" + (name == null ? "" : " " + name) + type.show();
    }

    /** A lambda: a synthetic static method taking its captured locals first, and the function value made of it. */
    void lambda(Expr.Lambda l, Type.FnT type) {
        List<Symbol.Local> captures = g.attr.captures.getOrDefault(l, List.of());
        String name = g.mod.newLambdaName();
        List<Type> ps = new ArrayList<>();
        for (Symbol.Local c : captures) ps.add(c.type);
        ps.addAll(type.params());
        MethodVisitor lmv = g.mod.cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, JvmTypes.methodDescriptor(ps, type.result()), null, null);
        MethodGen body = new MethodGen(g.mod, lmv, type.result(), true);
        for (Symbol.Local c : captures) body.declare(c);
        for (Expr.LambdaParam p : l.params()) body.declare(g.attr.lambdaParams.get(p));
        lmv.visitCode();
        body.line(l.span());
        body.exprAs(l.body(), type.result());
        body.returnValue(type.result());
        body.finish();
        for (Symbol.Local c : captures) g.loadLocal(c);
        functionValue(type, g.mod.className, name, capturesDescriptor(captures), type.params(), type.result(), null);
    }
}
