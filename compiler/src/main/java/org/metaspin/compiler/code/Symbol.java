package org.metaspin.compiler.code;

import java.util.List;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.diag.Span;

/** What a name refers to, as the checker resolved it; the generator reads these. */
public sealed interface Symbol {
    String name();

    /**
     * The type this symbol has as a value, for the tools that show or complete it; null for
     * what is no value by itself (builtin overloads, intrinsics, module names).
     */
    default Type valueType() {
        if (this instanceof Local l) return l.type;
        if (this instanceof Global g) return g.type();
        if (this instanceof KindDecl k) return k.fnType() != null ? k.fnType() : k.type();
        if (this instanceof Function f) return f.type();
        if (this instanceof Protocol p) return p.type();
        if (this instanceof Constant c) return c.info().type();
        return null;
    }

    /** A parameter, `let`, `var` or `for` variable inside a function, protocol, lambda or top-level block. */
    final class Local implements Symbol {
        public final String name;
        public final Type type;
        public final boolean mutable;
        public final Span decl;
        /** The function (or lambda) whose frame holds it; captures are found by comparing owners. */
        public final Object owner;
        private boolean used;

        public Local(String name, Type type, boolean mutable, Span decl, Object owner) {
            this.name = name;
            this.type = type;
            this.mutable = mutable;
            this.decl = decl;
            this.owner = owner;
        }

        @Override public String name() { return name; }

        /** Whether the program reads it (W0001 warns about a local never read). */
        public boolean used() { return used; }

        public void markUsed() { used = true; }
    }

    /** A top-level `let`/`var` of a module: a static field. */
    record Global(String module, String name, Type type, boolean mutable, Span decl, Stmt.Let let) implements Symbol {}

    /** A `fn`; nested ones carry the locals they capture. */
    record Function(String module, String name, Stmt.Fn decl, Type.FnT type, boolean nested, List<Local> captures) implements Symbol {}

    record Protocol(String module, String name, Stmt.Protocol decl, Type.FnT type) implements Symbol {}

    /** A kind declaration: a value, or a function returning one when it has parameters. */
    record KindDecl(String module, String name, Stmt.Kind decl, Type.Domain type, Type.FnT fnType) implements Symbol {}

    record Builtins(String name, List<BuiltinFn> overloads) implements Symbol {}

    /** A polymorphic builtin the checker types itself (abs, min, len, map, …). */
    record Intrinsic(org.metaspin.compiler.code.Intrinsic which) implements Symbol {
        @Override
        public String name() { return which.id; }
    }

    record Constant(String name, BuiltinConst info) implements Symbol {}

    record ModuleName(String name) implements Symbol {}
}
