package org.metaspin.lsp;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.diag.Span;

/**
 * Walks the AST's records generically, through their components: the editor features need
 * "the nodes under the cursor", and a walk by reflection keeps working as the AST gains
 * node types. A subtree whose node does not contain the place is skipped, so a request
 * visits one path of a large file, not all of it.
 */
final class Ast {
    /** The accessors of a record's components that may hold nodes, per class. */
    private static final ClassValue<List<Method>> CHILDREN = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> c) {
            List<Method> out = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (!t.isPrimitive() && t != String.class && t != Span.class) out.add(rc.getAccessor());
            }
            return out;
        }
    };

    private Ast() {}

    private static void walk(Object node, Predicate<Node> enter, Consumer<Object> visit) {
        if (node == null || node instanceof Span || node instanceof String) return;
        if (node instanceof List<?> list) {
            for (Object o : list) walk(o, enter, visit);
            return;
        }
        Class<?> c = node.getClass();
        if (!c.isRecord() || !c.getPackageName().startsWith("org.metaspin.compiler.ast")) return;
        if (node instanceof Node n && !enter.test(n)) return;
        visit.accept(node);
        for (Method m : CHILDREN.get(c)) {
            try {
                walk(m.invoke(node), enter, visit);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The nodes whose span contains {@code offset}, outermost first. */
    static List<Node> at(Object root, int offset) {
        List<Node> out = new ArrayList<>();
        walk(root, n -> contains(n.span(), offset), n -> {
            if (n instanceof Node node) out.add(node);
        });
        out.sort((a, b) -> Integer.compare(b.span().end() - b.span().start(), a.span().end() - a.span().start()));
        return out;
    }

    static boolean contains(Span s, int offset) {
        return s != null && s.start() <= offset && offset <= s.end();
    }
}
