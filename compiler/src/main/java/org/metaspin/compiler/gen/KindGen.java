package org.metaspin.compiler.gen;

import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.Props;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits the values of declarations (§8): a {@link Props} built property by property (from
 * scratch, from the parent of `extends`, or from the value of `with`), nested blocks built
 * the same way, then the kind's own {@code create}, which validates them at run time.
 */
final class KindGen implements Opcodes {
    private final MethodGen g;
    private final MethodVisitor mv;

    KindGen(MethodGen g, MethodVisitor mv) {
        this.g = g;
        this.mv = mv;
    }

    /** `value with { … }`: a copy of the value with the given properties replaced. */
    void with(Expr.With w, Type.Domain type) {
        g.expr(w.target());
        RuntimeRefs.KIND_PROPS.emit(mv);
        props(w.props(), type.javaClass());
        create(type.javaClass());
    }

    /** Builds the value of a kind declaration: its properties, then the kind's {@code create}. */
    void build(Stmt.Kind k, Type.Domain type) {
        String ownerName = k.kind() + " " + k.name();
        if (k.parent() != null) {
            g.expr(k.parent());
            RuntimeRefs.KIND_PROPS.emit(mv);
            mv.visitLdcInsn(ownerName);
            RuntimeRefs.PROPS_NAMED.emit(mv);
        } else {
            mv.visitLdcInsn(ownerName);
            RuntimeRefs.PROPS_OF.emit(mv);
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
                RuntimeRefs.PROPS_WITH.of(JvmTypes.shape(pt)).emit(mv);
            } else {
                PropBlock.Nested n = (PropBlock.Nested) item;
                Class<?> sub = ((Type.Domain) p.type()).javaClass();
                mv.visitLdcInsn(item.name());
                RuntimeRefs.PROPS_OF.emit(mv);
                props(n.block(), sub);
                create(sub);
                RuntimeRefs.PROPS_WITH.of('L').emit(mv);
            }
        }
    }

    private void create(Class<?> type) {
        MethodRef.of(type, "create", Props.class).emit(mv);
    }
}
