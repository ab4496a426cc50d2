package org.metaspin.compiler.gen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The gen phase for one module (DESIGN.md): one class with a static field per top-level
 * binding, a static method per `fn`, `protocol` and parameterized declaration, a lazily
 * built static value per parameterless declaration, {@code $init} for the top-level
 * statements (run once, after the imported modules' own), and {@code main}.
 */
public final class ModuleGen implements Opcodes {
    final Attribution attr;
    final String className;
    final ClassWriter cw;
    final FnInterfaces fnInterfaces;
    /** The other modules of the program, for the result types of their functions. */
    final Map<String, Attribution> others;
    private final Map<Object, String> methodNames = new IdentityHashMap<>();
    private int synthetic;

    public ModuleGen(Attribution attr, Map<String, Attribution> others, FnInterfaces fnInterfaces, ClassLoader resolver) {
        this.attr = attr;
        this.others = others;
        this.className = JvmNames.moduleClass(attr.module.name());
        this.fnInterfaces = fnInterfaces;
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                try {
                    return super.getCommonSuperClass(a, b);
                } catch (RuntimeException | LinkageError e) {
                    return "java/lang/Object";
                }
            }

            @Override
            protected ClassLoader getClassLoader() {
                return resolver;
            }
        };
    }

    public byte[] generate() {
        String file = attr.module.source().path();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        cw.visitSource(file.substring(slash + 1), null);
        cw.visitField(ACC_PRIVATE | ACC_STATIC, JvmNames.INITIALIZED, "Z", null, null).visitEnd();
        for (Symbol.Global g : attr.globals) {
            cw.visitField(ACC_PUBLIC | ACC_STATIC, g.name(), JvmTypes.descriptor(g.type()), null, null).visitEnd();
            cw.visitField(ACC_PUBLIC | ACC_STATIC, JvmNames.setFlag(g.name()), "Z", null, null).visitEnd();
        }
        for (Stmt s : attr.module.items()) {
            if (s instanceof Stmt.Fn f) function(f, (Symbol.Function) attr.symbols.get(f));
            else if (s instanceof Stmt.Protocol p) protocol(p, (Symbol.Protocol) attr.symbols.get(p));
            else if (s instanceof Stmt.Kind k && attr.symbols.get(k) instanceof Symbol.KindDecl kd) kind(k, kd);
        }
        init();
        main();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Top-level statements per `$init` chunk: a JVM method is limited to 64 KB of code. */
    private static final int STATEMENTS_PER_CHUNK = 64;

    /**
     * {@code $init} runs the imports' {@code $init} once, then the top-level statements,
     * which sit in chunk methods: each top-level statement only shares static fields with
     * the others, so a program of any length compiles to methods of bounded size.
     */
    private void init() {
        List<Stmt> statements = new ArrayList<>();
        for (Stmt s : attr.module.items()) {
            if (s instanceof Stmt.Import || s instanceof Stmt.Fn || s instanceof Stmt.Protocol || s instanceof Stmt.Kind) continue;
            statements.add(s);
        }
        int chunks = (statements.size() + STATEMENTS_PER_CHUNK - 1) / STATEMENTS_PER_CHUNK;
        for (int c = 0; c < chunks; c++) {
            MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, JvmNames.initChunk(c), "()V", null, null);
            mv.visitCode();
            MethodGen g = new MethodGen(this, mv, Type.VOID, false);
            for (Stmt s : statements.subList(c * STATEMENTS_PER_CHUNK, Math.min(statements.size(), (c + 1) * STATEMENTS_PER_CHUNK))) {
                g.stmt(s);
            }
            mv.visitInsn(RETURN);
            g.finish();
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, JvmNames.INIT, "()V", null, null);
        mv.visitCode();
        Label run = new Label();
        mv.visitFieldInsn(GETSTATIC, className, JvmNames.INITIALIZED, "Z");
        mv.visitJumpInsn(IFEQ, run);
        mv.visitInsn(RETURN);
        mv.visitLabel(run);
        mv.visitInsn(ICONST_1);
        mv.visitFieldInsn(PUTSTATIC, className, JvmNames.INITIALIZED, "Z");
        for (String imp : attr.imports) mv.visitMethodInsn(INVOKESTATIC, JvmNames.moduleClass(imp), JvmNames.INIT, "()V", false);
        for (int c = 0; c < chunks; c++) mv.visitMethodInsn(INVOKESTATIC, className, JvmNames.initChunk(c), "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void main() {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(INVOKESTATIC, className, JvmNames.INIT, "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The JVM name of a function's method; nested ones get their outer names as a prefix. */
    String methodName(Symbol.Function f) {
        if (!f.nested()) return f.name();
        return methodNames.computeIfAbsent(f.decl(), k -> JvmNames.nestedFunction(f.name(), synthetic++));
    }

    /** Generates the per-run body of a sweep over protocol {@code p}; returns its method name. */
    String sweepBody(Symbol.Protocol p, Expr[] given) {
        String name = JvmNames.sweepBody(synthetic++);
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, "([Ljava/lang/Object;[I)V", null, null);
        MethodGen g = new MethodGen(this, mv, Type.VOID, true);
        mv.visitCode();
        g.line(p.decl().span());
        SweepGen.run(g, mv, p, given);
        g.finish();
        return name;
    }

    /**
     * The synthetic method that calls builtin {@code b} with its argument checks, written by
     * {@code make} under the name given the first time this class takes {@code b} as a value.
     */
    String checkedBuiltin(BuiltinFn b, java.util.function.Consumer<String> make) {
        String known = methodNames.get(b);
        if (known != null) return known;
        String name = newLambdaName();
        methodNames.put(b, name);
        make.accept(name);
        return name;
    }

    String newLambdaName() {
        return JvmNames.lambda(synthetic++);
    }

    /** Descriptor of a function's method: captured values first, then its parameters. */
    String descriptor(Symbol.Function f) {
        List<Type> ps = new ArrayList<>();
        for (Symbol.Local c : f.captures()) ps.add(c.type);
        ps.addAll(f.type().params());
        return JvmTypes.methodDescriptor(ps, resultOf(f));
    }

    Type resultOf(Symbol.Function f) {
        return attr.resultOf(f);
    }

    /** The method of function {@code f}, declared (after lowering) by {@code d}. */
    void function(Stmt.Fn d, Symbol.Function f) {
        Type result = resultOf(f);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName(f), descriptor(f), null, null);
        MethodGen g = new MethodGen(this, mv, result, true);
        for (Symbol.Local c : f.captures()) g.declare(c);
        for (ParamDecl p : d.params()) g.declare((Symbol.Local) attr.symbols.get(p));
        mv.visitCode();
        g.line(d.span());
        if (d.exprBody() != null) {
            g.exprAs(d.exprBody(), result);
            g.returnValue(result);
        } else {
            g.block(d.body());
            if (result == Type.VOID) mv.visitInsn(RETURN);
            else g.unreachable();
        }
        g.finish();
        defaults(d.params(), methodName(f), f.captures());
    }

    /**
     * One method per parameter default, taking the captured values and the earlier
     * parameters (§15: a default may refer to earlier parameters); a call that omits the
     * argument calls it.
     */
    private void defaults(List<ParamDecl> params, String owner, List<Symbol.Local> captures) {
        for (int i = 0; i < params.size(); i++) {
            ParamDecl p = params.get(i);
            if (p.defaultValue() == null) continue;
            List<Type> ps = new ArrayList<>();
            for (Symbol.Local c : captures) ps.add(c.type);
            for (int j = 0; j < i; j++) ps.add(((Symbol.Local) attr.symbols.get(params.get(j))).type);
            Type t = ((Symbol.Local) attr.symbols.get(p)).type;
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, JvmNames.defaultOf(owner, i), JvmTypes.methodDescriptor(ps, t), null, null);
            MethodGen g = new MethodGen(this, mv, t, true);
            for (Symbol.Local c : captures) g.declare(c);
            for (int j = 0; j < i; j++) g.declare((Symbol.Local) attr.symbols.get(params.get(j)));
            mv.visitCode();
            g.line(p.span());
            g.exprAs(p.defaultValue(), t);
            g.returnValue(t);
            g.finish();
        }
    }

    /**
     * A protocol call is a recorded run (§11): the method opens the run with its arguments,
     * runs the body (its own method, so that `return` needs no special care) and closes the
     * run, also when the body fails, so that what it finished stays written.
     */
    private void protocol(Stmt.Protocol p, Symbol.Protocol sym) {
        String desc = JvmTypes.methodDescriptor(sym.type().params(), Type.VOID);
        MethodVisitor body = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, JvmNames.protocolBody(p.name()), desc, null, null);
        MethodGen g = new MethodGen(this, body, Type.VOID, true);
        for (ParamDecl q : p.params()) g.declare((Symbol.Local) attr.symbols.get(q));
        body.visitCode();
        g.line(p.span());
        g.block(p.body());
        body.visitInsn(RETURN);
        g.finish();

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, p.name(), desc, null, null);
        mv.visitCode();
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
        Label first = new Label();
        mv.visitLabel(first);
        mv.visitLineNumber(p.span().line(), first);
        mv.visitLdcInsn(p.name());
        int n = p.params().size();
        mv.visitLdcInsn(n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(p.params().get(i).name());
            mv.visitInsn(AASTORE);
        }
        mv.visitLdcInsn(n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        int slot = 0;
        for (int i = 0; i < n; i++) {
            Type t = sym.type().params().get(i);
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            switch (JvmTypes.shape(t)) {
                case 'D' -> {
                    mv.visitVarInsn(DLOAD, slot);
                    RuntimeRefs.DOUBLE_BOX.emit(mv);
                }
                case 'J' -> {
                    mv.visitVarInsn(LLOAD, slot);
                    RuntimeRefs.LONG_BOX.emit(mv);
                }
                case 'Z' -> {
                    mv.visitVarInsn(ILOAD, slot);
                    RuntimeRefs.BOOLEAN_BOX.emit(mv);
                }
                default -> mv.visitVarInsn(ALOAD, slot);
            }
            mv.visitInsn(AASTORE);
            slot += JvmTypes.slots(t);
        }
        mv.visitLdcInsn(n);
        mv.visitIntInsn(NEWARRAY, T_LONG);
        for (int i = 0; i < n; i++) {
            Type t = sym.type().params().get(i);
            while (t instanceof Type.ListT l) t = l.elem();
            if (!(t instanceof Type.Quantity q) || q.dim().isNone()) continue;
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitLdcInsn(q.dim().pack());
            mv.visitInsn(LASTORE);
        }
        // true: --resume found this run finished before, and the body is skipped
        RuntimeRefs.RUN_START.emit(mv);
        mv.visitJumpInsn(IFEQ, start);
        mv.visitInsn(RETURN);
        mv.visitLabel(start);
        slot = 0;
        for (Type t : sym.type().params()) {
            mv.visitVarInsn(JvmTypes.asm(t).getOpcode(ILOAD), slot);
            slot += JvmTypes.slots(t);
        }
        mv.visitMethodInsn(INVOKESTATIC, className, JvmNames.protocolBody(p.name()), desc, false);
        mv.visitLabel(end);
        mv.visitInsn(ACONST_NULL);
        RuntimeRefs.RUN_END.emit(mv);
        mv.visitInsn(RETURN);
        mv.visitLabel(handler);
        mv.visitInsn(DUP);
        RuntimeRefs.RUN_END.emit(mv);
        mv.visitInsn(ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        defaults(p.params(), p.name(), List.of());
    }

    /** The method of declaration {@code k}, declared (after lowering) by {@code d}. */
    private void kind(Stmt.Kind d, Symbol.KindDecl k) {
        String desc = JvmTypes.descriptor(k.type());
        if (k.fnType() == null) {
            String field = JvmNames.kindField(k.name());
            cw.visitField(ACC_PRIVATE | ACC_STATIC, field, desc, null, null).visitEnd();
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, k.name(), "()" + desc, null, null);
            MethodGen g = new MethodGen(this, mv, k.type(), true);
            mv.visitCode();
            g.line(d.span());
            Label built = new Label();
            mv.visitFieldInsn(GETSTATIC, className, field, desc);
            mv.visitJumpInsn(IFNONNULL, built);
            new KindGen(g, mv).build(d, k.type());
            mv.visitFieldInsn(PUTSTATIC, className, field, desc);
            mv.visitLabel(built);
            mv.visitFieldInsn(GETSTATIC, className, field, desc);
            mv.visitInsn(ARETURN);
            g.finish();
            return;
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, k.name(), JvmTypes.methodDescriptor(k.fnType().params(), k.type()), null, null);
        MethodGen g = new MethodGen(this, mv, k.type(), true);
        for (ParamDecl q : d.params()) g.declare((Symbol.Local) attr.symbols.get(q));
        mv.visitCode();
        g.line(d.span());
        new KindGen(g, mv).build(d, k.type());
        mv.visitInsn(ARETURN);
        g.finish();
        defaults(d.params(), k.name(), List.of());
    }
}
