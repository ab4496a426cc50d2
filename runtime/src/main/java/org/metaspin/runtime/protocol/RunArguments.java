package org.metaspin.runtime.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metaspin.runtime.lang.Show;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A run's arguments, every parameter with its value (SI) and packed dimension: as run.json
 * shows them ({@code {"value": 80, "unit": "nm"}}), as a figure's title shows them, and as
 * the key that --resume matches.
 */
final class RunArguments {
    private final String[] names;
    private final Object[] values;
    private final long[] dims;

    RunArguments(String[] names, Object[] values, long[] dims) {
        this.names = names.clone();
        this.values = values.clone();
        this.dims = dims.clone();
    }

    /** The `seed` argument when the protocol has an Int one, else {@code fallback}. */
    long seed(long fallback) {
        for (int i = 0; i < names.length; i++) if (names[i].equals("seed") && values[i] instanceof Long s) return s;
        return fallback;
    }

    Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) m.put(names[i], values[i]);
        return m;
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) m.put(names[i], json(values[i], dims[i]));
        return m;
    }

    static Object json(Object v, long dim) {
        if (v instanceof Double d) {
            if (dim == 0) return d;
            DisplayUnit u = DisplayUnit.of(dim, d);
            return withUnit(u.show(d), u.unit());
        }
        if (v instanceof double[] a) {
            if (dim == 0) return a;
            DisplayUnit u = DisplayUnit.of(dim, a);
            return withUnit(Arrays.stream(a).map(u::show).toArray(), u.unit());
        }
        if (v instanceof Long || v instanceof Boolean || v instanceof String || v instanceof long[]) return v;
        return Show.object(v);
    }

    static Map<String, Object> withUnit(Object value, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("unit", unit);
        return m;
    }

    /** {@code name = value, …} as `print` writes the values (§2.4). */
    String display() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(names[i]).append(" = ").append(display(values[i], dims[i]));
        }
        return sb.toString();
    }

    static String display(Object v, long dim) {
        if (v instanceof Double d) return QuantityFormat.format(d, dim);
        if (v instanceof double[] a) return Show.list(a, dim);
        if (v instanceof long[] a) return Show.list(a);
        if (v instanceof String s) return s;
        return Show.object(v);
    }

    /**
     * What makes two runs the same experiment for --resume: the protocol, every argument's
     * exact value, the seed and the source's hash, as a SHA-256.
     */
    String key(String protocol, long seed) {
        StringBuilder sb = new StringBuilder(protocol).append('\n').append(RunSettings.sourceHash()).append('\n').append(seed);
        for (int i = 0; i < names.length; i++) {
            Object v = values[i];
            String text = v instanceof double[] a ? Arrays.toString(a) : v instanceof long[] a ? Arrays.toString(a)
                    : v instanceof Double || v instanceof Long || v instanceof Boolean || v instanceof String ? String.valueOf(v)
                    : Show.object(v);
            sb.append('\n').append(names[i]).append('=').append(text);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
