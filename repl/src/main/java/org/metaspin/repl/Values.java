package org.metaspin.repl;

import org.metaspin.compiler.code.Type;
import org.metaspin.runtime.lang.Show;

/** Formats a value as `print` does (§2.4, §15), for the echo `value : Type`. */
final class Values {
    private Values() {}

    static String show(Object v, Type t) {
        if (t instanceof Type.Quantity q) return Show.real(((Number) v).doubleValue(), q.dim().pack());
        if (t == Type.INT) return Show.integer(((Number) v).longValue());
        if (t == Type.BOOL) return Show.bool((Boolean) v);
        if (t == Type.STRING) return Show.quote((String) v); // so that `"5"` and `5` look different
        if (v instanceof double[] d) return Show.list(d, t instanceof Type.ListT l && l.elem() instanceof Type.Quantity q ? q.dim().pack() : 0L);
        if (v instanceof long[] l) return Show.list(l);
        if (v instanceof boolean[] b) return Show.list(b);
        if (v instanceof Object[] o) {
            Type inner = t;
            while (inner instanceof Type.ListT il) inner = il.elem();
            return Show.list(o, inner instanceof Type.Quantity q ? q.dim().pack() : 0L);
        }
        return Show.object(v);
    }
}
