package org.metaspin.runtime.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * Sweep values and run results exactly as the program had them, for sweep.json: SI numbers
 * with the dimension in base units ({@code {"si": 8.0E-8, "unit": "m"}}), never rounded to a
 * display unit. {@code metaspin runs merge} rebuilds a sharded sweep's summary from them, and
 * a run on another machine reports through them, so that the summary is the one the sweep
 * would have written on one machine, digit for digit. Non-finite numbers are the strings
 * {@code NaN}, {@code Infinity} and {@code -Infinity} (JSON has no such numbers).
 */
final class ExactValues {
    private ExactValues() {}

    /** A list of a sweep's values: its type ({@code Real}, {@code Int} or {@code text}), and SI numbers with their unit. */
    static Map<String, Object> list(Object values, long dim) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (values instanceof double[] a) {
            m.put("type", "Real");
            List<Object> si = new ArrayList<>();
            for (double d : a) si.add(number(d));
            m.put("si", si);
            if (dim != 0) m.put("unit", Dimension.unpack(dim).toString());
        } else if (values instanceof long[] a) {
            m.put("type", "Int");
            m.put("values", a);
        } else {
            // anything else is shown, and compared, by its printed form
            m.put("type", "text");
            List<Object> text = new ArrayList<>();
            for (int i = 0; i < Array.getLength(values); i++) text.add(RunArguments.display(Array.get(values, i), dim));
            m.put("values", text);
        }
        return m;
    }

    /** A list written by {@link #list}: the values (double[], long[] or String[]) and their packed dimension. */
    record Values(Object values, long dim) {}

    static Values readList(JsonObject o) {
        switch (o.get("type").getAsString()) {
            case "Real" -> {
                JsonArray a = o.getAsJsonArray("si");
                double[] d = new double[a.size()];
                for (int i = 0; i < d.length; i++) d[i] = readNumber(a.get(i));
                return new Values(d, o.has("unit") ? UnitParser.parseDimension(o.get("unit").getAsString()).pack() : 0);
            }
            case "Int" -> {
                JsonArray a = o.getAsJsonArray("values");
                long[] l = new long[a.size()];
                for (int i = 0; i < l.length; i++) l[i] = a.get(i).getAsLong();
                return new Values(l, 0);
            }
            default -> {
                JsonArray a = o.getAsJsonArray("values");
                String[] s = new String[a.size()];
                for (int i = 0; i < s.length; i++) s[i] = a.get(i).getAsString();
                return new Values(s, 0);
            }
        }
    }

    /** A run's final metrics and last records ({@link RunResult#finalMetrics}), exactly. */
    static Map<String, Object> results(Map<String, Object> finalMetrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : finalMetrics.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Measure x && x.dim() != 0) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("si", number(x.si()));
                q.put("unit", Dimension.unpack(x.dim()).toString());
                m.put(e.getKey(), q);
            } else if (v instanceof Measure x) {
                m.put(e.getKey(), number(x.si()));
            } else if (v instanceof Number x) {
                m.put(e.getKey(), number(x.doubleValue()));
            }
        }
        return m;
    }

    static Map<String, Object> readResults(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonObject()) {
                JsonObject q = v.getAsJsonObject();
                m.put(e.getKey(), new Measure(readNumber(q.get("si")), UnitParser.parseDimension(q.get("unit").getAsString()).pack()));
            } else {
                m.put(e.getKey(), readNumber(v));
            }
        }
        return m;
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        return d;
    }

    private static double readNumber(JsonElement e) {
        if (e == null || e.isJsonNull()) return Double.NaN;
        if (e.getAsJsonPrimitive().isString()) return Double.parseDouble(e.getAsString());
        return e.getAsDouble();
    }
}
