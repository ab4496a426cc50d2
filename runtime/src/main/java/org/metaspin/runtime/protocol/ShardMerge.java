package org.metaspin.runtime.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code metaspin runs merge DIR…}: the parts of sharded sweeps ({@code --shard K/N}, one
 * sweep.json each, wherever they were written) joined into one sweep record, sweep.json and
 * summary.csv, as the sweep would have written them on one machine. Parts belong together
 * when their {@code key} is the same (same program, sweep, values, seed and --set); points are
 * matched by their number in the sweep, so parts of different N mix. A point that two parts
 * ran (a shard run again) counts once: a finished run before a failed one, else the later.
 */
public final class ShardMerge {
    private ShardMerge() {}

    /** A merged sweep (directory set, table lines) or one that cannot be, for want of points. */
    public record Outcome(String protocol, int points, int parts, int shards, Path directory, List<String> table, List<Integer> missing) {
        public boolean complete() { return missing.isEmpty(); }
    }

    private record Part(Path dir, JsonObject json) {
        String end() { return json.has("end") ? json.get("end").getAsString() : ""; }
    }

    /** Merges every sharded sweep found under {@code roots} into {@code out}; incomplete ones are reported, not written. */
    public static List<Outcome> merge(List<Path> roots, Path out) throws IOException {
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        for (Part p : parts(roots)) groups.computeIfAbsent(p.json.get("key").getAsString(), k -> new ArrayList<>()).add(p);
        List<Outcome> outcomes = new ArrayList<>();
        for (List<Part> g : groups.values()) outcomes.add(join(g, out));
        return outcomes;
    }

    /** The sweep.json of every part under the roots (a results folder, a protocol's folder or a sweep's). */
    private static List<Part> parts(List<Path> roots) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root, 3)) {
                files = s.filter(f -> f.getFileName().toString().equals("sweep.json")).sorted().toList();
            }
            for (Path f : files) {
                JsonObject o;
                try {
                    JsonElement e = JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8));
                    if (!e.isJsonObject()) continue;
                    o = e.getAsJsonObject();
                } catch (RuntimeException e) {
                    continue;  // not a sweep record (or one being written): not a part
                }
                if (o.has("shard") && o.has("key") && o.has("values") && o.has("points")) parts.add(new Part(f.getParent(), o));
            }
        }
        parts.sort(Comparator.comparing(Part::end));
        return parts;
    }

    private static Outcome join(List<Part> parts, Path out) throws IOException {
        JsonObject first = parts.get(0).json;
        String protocol = first.get("protocol").getAsString();
        int points = first.get("points").getAsInt();
        int shards = first.getAsJsonObject("shard").get("count").getAsInt();
        // point -> (its entry, the part's protocol folder); parts are in order of their end, so a later one wins a tie
        Map<Integer, JsonObject> chosen = new TreeMap<>();
        Map<Integer, Path> base = new TreeMap<>();
        for (Part p : parts) {
            for (JsonElement e : p.json.getAsJsonArray("runs")) {
                JsonObject entry = e.getAsJsonObject();
                int i = entry.get("point").getAsInt();
                JsonObject before = chosen.get(i);
                if (before != null && finished(before) && !finished(entry)) continue;
                chosen.put(i, entry);
                base.put(i, p.dir.getParent());
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < points; i++) if (!chosen.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) return new Outcome(protocol, points, parts.size(), shards, null, List.of(), missing);

        JsonObject values = first.getAsJsonObject("values");
        String[] names = values.keySet().toArray(new String[0]);
        Object[] lists = new Object[names.length];
        long[] dims = new long[names.length];
        for (int k = 0; k < names.length; k++) {
            ExactValues.Values v = ExactValues.readList(values.getAsJsonObject(names[k]));
            lists[k] = v.values();
            dims[k] = v.dim();
        }
        List<int[]> combos = Sweep.points(lists);
        SweepTable table = new SweepTable(protocol, names, lists, dims, combos);
        List<RunResult> runs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<PointResult> results = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            PointResult r = PointResult.fromReport(chosen.get(i).toString(), base.get(i));
            results.add(r);
            runs.add(r.run());
            failures.add(r.failure());
        }
        table.fill(runs, failures);

        Path dir = RunDirectory.create(out.resolve(protocol), "sweep-", Instant.now());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("protocol", protocol);
        j.put("status", results.stream().allMatch(PointResult::ok) ? "finished" : "failed");
        j.put("start", parts.stream().map(p -> p.json.get("start").getAsString()).min(String::compareTo).orElse(""));
        j.put("end", parts.get(parts.size() - 1).end());
        for (String k : List.of("source", "sha256", "sweep", "points", "key")) j.put(k, plain(first.get(k)));
        List<Object> from = new ArrayList<>();
        for (Part p : parts) from.add(dir.getParent().toAbsolutePath().relativize(p.dir.toAbsolutePath()).toString());
        j.put("merged_from", from);
        j.put("parameters", plain(first.get("parameters")));
        j.put("values", plain(values));
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            Map<String, Object> e = plainObject(chosen.get(i));
            PointResult r = results.get(i);
            if (r.directory() != null) e.put("directory", dir.getParent().toAbsolutePath().relativize(r.directory().toAbsolutePath()).toString());
            entries.add(e);
        }
        j.put("runs", entries);
        SweepRecord.write(dir, j, table);
        return new Outcome(protocol, points, parts.size(), shards, dir, table.text(), List.of());
    }

    private static boolean finished(JsonObject entry) { return !entry.has("error"); }

    /** A JSON tree as the maps, lists and numbers {@link org.metaspin.runtime.lang.Json} writes. */
    private static Object plain(JsonElement e) {
        if (e == null || e.isJsonNull()) return null;
        if (e.isJsonObject()) return plainObject(e.getAsJsonObject());
        if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) l.add(plain(x));
            return l;
        }
        var p = e.getAsJsonPrimitive();
        if (p.isBoolean()) return p.getAsBoolean();
        if (p.isNumber()) {
            java.math.BigDecimal b = p.getAsBigDecimal();
            boolean whole = b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            return whole ? (Object) b.longValueExact() : (Object) p.getAsDouble();
        }
        return p.getAsString();
    }

    private static Map<String, Object> plainObject(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> x : o.entrySet()) m.put(x.getKey(), plain(x.getValue()));
        return m;
    }
}
