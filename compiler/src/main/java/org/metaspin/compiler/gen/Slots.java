package org.metaspin.compiler.gen;

import java.util.IdentityHashMap;
import java.util.Map;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * The local variable slots of one JVM method: the program's locals by symbol, and
 * temporaries that the generator needs between instructions. Slots are handed out in
 * order and given back in blocks ({@link #mark}, {@link #release}), so a block's locals and
 * temporaries are reused after it ends.
 */
final class Slots {
    private final Map<Symbol.Local, Integer> locals = new IdentityHashMap<>();
    private int next;

    /** A method whose first {@code slots} slots hold its JVM arguments that are no program locals. */
    void reserve(int slots) {
        next = slots;
    }

    /** Gives {@code l} the next slot (two for an Int or Real). */
    void declare(Symbol.Local l) {
        locals.put(l, next);
        next += JvmTypes.slots(l.type);
    }

    int of(Symbol.Local l) {
        Integer s = locals.get(l);
        if (s == null) throw new IllegalStateException("no slot for `" + l.name + "`");
        return s;
    }

    /** A temporary holding a value of type {@code t}. */
    int temp(Type t) {
        int s = next;
        next += Math.max(1, JvmTypes.slots(t));
        return s;
    }

    /** A temporary holding a JVM {@code int}: an array index or count, which no language type erases to. */
    int tempIndex() {
        return next++;
    }

    /** The next free slot, to give later temporaries back with {@link #release}. */
    int mark() {
        return next;
    }

    void release(int mark) {
        next = mark;
    }
}
