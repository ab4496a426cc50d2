package org.metaspin.lsp;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.diag.Span;

/**
 * Walks the AST's records generically, through their components: the editor features need
 * "every node" and "the nodes under the cursor", and a walk by reflection keeps working as
 * the AST gains node types.
 */
final class Ast {
    private Ast() {}

    static void walk(Object node, Consumer<Object> visit) {
        if (node == null || node instanceof Span || node instanceof String) return;
        if (node instanceof List<?> list) {
            for (Object o : list) walk(o, visit);
            return;
        }
        Class<?> c = node.getClass();
        if (!c.isRecord() || !c.getPackageName().startsWith("org.metaspin.compiler.ast")) return;
        visit.accept(node);
        for (RecordComponent rc : c.getRecordComponents()) {
            Class<?> t = rc.getType();
            if (t.isPrimitive() || t == String.class || t == Span.class) continue;
            try {
                walk(rc.getAccessor().invoke(node), visit);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The nodes whose span contains {@code offset}, outermost first. */
    static List<Node> at(Object root, int offset) {
        List<Node> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Node node && contains(node.span(), offset)) out.add(node);
        });
        out.sort((a, b) -> Integer.compare(b.span().end() - b.span().start(), a.span().end() - a.span().start()));
        return out;
    }

    static boolean contains(Span s, int offset) {
        return s != null && s.start() <= offset && offset <= s.end();
    }
}
