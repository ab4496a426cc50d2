package org.metaspin.compiler.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** A block's names; lookups walk outward. An inner block may shadow an outer name (§15). */
final class Scope {
    final Scope parent;
    final Map<String, Symbol> names = new LinkedHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.names.get(name);
            if (sym != null) return sym;
        }
        return null;
    }

    Symbol local(String name) { return names.get(name); }
}
