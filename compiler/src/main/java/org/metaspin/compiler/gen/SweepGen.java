package org.metaspin.compiler.gen;

import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Emits `sweep` (§11): the lists of values, and a generated body that runs one combination. */
final class SweepGen implements Opcodes {
    private final ModuleGen mod;
    private final MethodGen g;
    private final MethodVisitor mv;

    SweepGen(ModuleGen mod, MethodGen g, MethodVisitor mv) {
        this.mod = mod;
        this.g = g;
        this.mv = mv;
    }

    /**
     * `sweep P(p = [...], …)`: the lists of values go to the runtime's {@link
     * org.metaspin.runtime.protocol.Sweep} with a generated body that picks one value of each
     * (or the parameter's default) and calls P.
     */
    void sweep(Stmt.Run r) {
        Symbol.Protocol p = (Symbol.Protocol) mod.attr.symbols.get(r);
        List<ParamDecl> params = p.decl().params();
        int n = params.size();
        Expr[] given = new Expr[n];
        for (Expr.Arg a : r.args()) {
            for (int i = 0; i < n; i++) if (params.get(i).name().equals(a.name())) given[i] = a.value();
        }
        mv.visitLdcInsn(p.name());
        mv.visitLdcInsn(n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(params.get(i).name());
            mv.visitInsn(AASTORE);
        }
        mv.visitLdcInsn(n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        boolean[] single = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (given[i] == null) continue;
            Type pt = p.type().params().get(i);
            Type.ListT lt = new Type.ListT(pt);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            Type at = mod.attr.type(given[i]);
            if (at instanceof Type.ListT && (given[i] instanceof Expr.ListLit || !(pt instanceof Type.ListT) || at.equals(lt))) {
                g.exprAs(given[i], lt);
            } else {
                single[i] = true;
                mv.visitInsn(ICONST_1);
                g.newArray(pt);
                mv.visitInsn(DUP);
                mv.visitInsn(ICONST_0);
                g.exprAs(given[i], pt);
                g.arrayStore(pt);
            }
            mv.visitInsn(AASTORE);
        }
        mv.visitLdcInsn(n);
        mv.visitIntInsn(NEWARRAY, T_LONG);
        for (int i = 0; i < n; i++) {
            if (!(p.type().params().get(i) instanceof Type.Quantity q)) continue;
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(q.dim().pack());
            mv.visitInsn(LASTORE);
        }
        String body = mod.sweepBody(p, given);
        MethodRef run = RuntimeRefs.SWEEP_BODY;
        mv.visitInvokeDynamicInsn(run.name(), "()L" + run.owner() + ";", RuntimeRefs.METAFACTORY.handle(),
                org.objectweb.asm.Type.getMethodType(run.descriptor()),
                new Handle(H_INVOKESTATIC, mod.className, body, run.descriptor(), false),
                org.objectweb.asm.Type.getMethodType(run.descriptor()));
        RuntimeRefs.SWEEP_RUN.emit(mv);
    }

    /** The body of a sweep's run, emitted into its own method by {@code body}: slot 0 holds the lists, slot 1 the indices. */
    static void run(MethodGen body, MethodVisitor mv, Symbol.Protocol p, Expr[] given) {
        body.slots.reserve(2);
        List<Type> params = p.type().params();
        int[] temps = new int[params.size()];
        String owner = JvmNames.moduleClass(p.module());
        for (int i = 0; i < params.size(); i++) {
            Type pt = params.get(i);
            if (given[i] != null) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitLdcInsn(i);
                mv.visitInsn(AALOAD);
                body.cast(new Type.ListT(pt));
                mv.visitVarInsn(ALOAD, 1);
                mv.visitLdcInsn(i);
                mv.visitInsn(IALOAD);
                body.arrayLoad(pt);
            } else {
                for (int j = 0; j < i; j++) body.load(params.get(j), temps[j]);
                mv.visitMethodInsn(INVOKESTATIC, owner, JvmNames.defaultOf(p.name(), i),
                        JvmTypes.methodDescriptor(params.subList(0, i), pt), false);
            }
            temps[i] = body.temp(pt);
            body.store(pt, temps[i]);
        }
        for (int i = 0; i < params.size(); i++) body.load(params.get(i), temps[i]);
        mv.visitMethodInsn(INVOKESTATIC, owner, p.name(), JvmTypes.methodDescriptor(params, Type.VOID), false);
        mv.visitInsn(RETURN);
    }
}
