package org.metaspin.compiler.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.metaspin.compiler.code.Scope;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * Where the checker stands in a module (after javac's {@code Env<AttrContext>}): the module's
 * scope, the innermost scope and the function-like frame being checked. Enter, Resolve, Attr
 * and StmtAttr of one module share one Env; a trial typing works on a copy (see
 * {@link #scratch}).
 */
final class Env {
    final Attribution out;
    final Scope moduleScope;
    Scope scope;
    /** The frame being checked: a function, protocol, lambda or parameterized kind (null at top level). */
    Frame frame;
    /** Modules imported by their full name (`import a.b`): the prefixes of member accesses. */
    final Set<String> importPrefixes = new LinkedHashSet<>();

    Env(Attribution out) {
        this(out, new Scope(null));
    }

    private Env(Attribution out, Scope moduleScope) {
        this.out = out;
        this.moduleScope = moduleScope;
        this.scope = moduleScope;
    }

    /** The function-like body being checked: owner of its locals, its result type and what it captures. */
    static final class Frame {
        final Object owner;
        final Frame outer;
        final Type result;
        final List<Symbol.Local> captures = new ArrayList<>();

        Frame(Object owner, Frame outer, Type result) {
            this.owner = owner;
            this.outer = outer;
            this.result = result;
        }
    }

    /** The owner of a local declared here: the frame's, or the module's at top level. */
    Object owner() {
        return frame == null ? out.module : frame.owner;
    }

    /**
     * A copy for typing an expression on trial (to choose an overload): the same scopes, and
     * frames whose captures are copies, so that nothing the trial finds is recorded here.
     */
    Env scratch(Attribution probe) {
        Env e = new Env(probe, moduleScope);
        e.scope = scope;
        e.frame = copy(frame);
        e.importPrefixes.addAll(importPrefixes);
        return e;
    }

    private static Frame copy(Frame f) {
        if (f == null) return null;
        Frame c = new Frame(f.owner, copy(f.outer), f.result);
        c.captures.addAll(f.captures);
        return c;
    }
}
