package org.metaspin.compiler.gen;

import java.lang.reflect.Method;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Props;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the values of declarations (§8): a {@link Props} built property by property (from
 * scratch, from the parent of `extends`, or from the value of `with`), nested blocks built
 * the same way, then the kind's own {@code create}, which validates them at run time.
 */
final class KindGen implements Opcodes {
    private static final String PROPS = MethodGen.PROPS;

    private final MethodGen g;
    private final MethodVisitor mv;

    KindGen(MethodGen g, MethodVisitor mv) {
        this.g = g;
        this.mv = mv;
    }

    /** `value with { … }`: a copy of the value with the given properties replaced. */
    void with(Expr.With w, Type.Domain type) {
        g.expr(w.target());
        mv.visitMethodInsn(INVOKEVIRTUAL, org.objectweb.asm.Type.getInternalName(KindValue.class), "props", "()L" + PROPS + ";", false);
        props(w.props(), type.javaClass());
        create(type.javaClass());
    }

    /** Builds the value of a kind declaration: its properties, then the kind's {@code create}. */
    void build(Stmt.Kind k, Type.Domain type) {
        String ownerName = k.kind() + " " + k.name();
        if (k.parent() != null) {
            g.expr(k.parent());
            mv.visitMethodInsn(INVOKEVIRTUAL, org.objectweb.asm.Type.getInternalName(KindValue.class), "props", "()L" + PROPS + ";", false);
            mv.visitLdcInsn(ownerName);
            mv.visitMethodInsn(INVOKEVIRTUAL, PROPS, "named", "(Ljava/lang/String;)L" + PROPS + ";", false);
        } else {
            mv.visitLdcInsn(ownerName);
            mv.visitMethodInsn(INVOKESTATIC, PROPS, "of", "(Ljava/lang/String;)L" + PROPS + ";", false);
        }
        props(k.props(), type.javaClass());
        create(type.javaClass());
    }

    /** With a Props on the stack, adds every property of the block. */
    private void props(PropBlock block, Class<?> type) {
        Map<String, RuntimeLibrary.PropInfo> schema = RuntimeLibrary.get().props(type);
        for (PropBlock.Item item : block.items()) {
            g.line(item.span());
            RuntimeLibrary.PropInfo p = schema.get(item.name());
            mv.visitLdcInsn(item.name());
            if (item instanceof PropBlock.Set s) {
                Type pt = p == null ? Type.REAL : p.type();
                g.exprAs(s.value(), pt);
                String arg = switch (JvmTypes.shape(pt)) {
                    case 'D' -> "D";
                    case 'J' -> "J";
                    case 'Z' -> "Z";
                    default -> "Ljava/lang/Object;";
                };
                mv.visitMethodInsn(INVOKEVIRTUAL, PROPS, "with", "(Ljava/lang/String;" + arg + ")L" + PROPS + ";", false);
            } else {
                PropBlock.Nested n = (PropBlock.Nested) item;
                Class<?> sub = ((Type.Domain) p.type()).javaClass();
                mv.visitLdcInsn(item.name());
                mv.visitMethodInsn(INVOKESTATIC, PROPS, "of", "(Ljava/lang/String;)L" + PROPS + ";", false);
                props(n.block(), sub);
                create(sub);
                mv.visitMethodInsn(INVOKEVIRTUAL, PROPS, "with", "(Ljava/lang/String;Ljava/lang/Object;)L" + PROPS + ";", false);
            }
        }
    }

    private void create(Class<?> type) {
        try {
            Method m = type.getMethod("create", Props.class);
            mv.visitMethodInsn(INVOKESTATIC, org.objectweb.asm.Type.getInternalName(type), "create",
                    org.objectweb.asm.Type.getMethodDescriptor(m), false);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no create(Props)", e);
        }
    }
}
