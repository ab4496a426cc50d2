package org.metaspin.compiler.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A block's names; lookups walk outward. An inner block may shadow an outer name (§15). */
public final class Scope {
    private final Scope parent;
    private final Map<String, Symbol> names = new LinkedHashMap<>();

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Scope parent() { return parent; }

    public Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.names.get(name);
            if (sym != null) return sym;
        }
        return null;
    }

    /** The name defined in this block itself, or null. */
    public Symbol local(String name) { return names.get(name); }

    public void put(String name, Symbol sym) { names.put(name, sym); }

    public void putAll(Map<String, Symbol> more) { names.putAll(more); }

    /** This block's names in definition order. */
    public Map<String, Symbol> names() { return Collections.unmodifiableMap(names); }
}
