package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Json;

/**
 * A sweep's sweep.json (§11): protocol, status, provenance, the swept values (as shown, and
 * exactly: {@link ExactValues}) and one entry per run with its point number in the sweep,
 * arguments, status, directory, error and exact results. {@code sweep} (which top-level sweep
 * of the program, from 1), {@code points} (how many the whole sweep has), {@code shard} and
 * {@code key} let {@code metaspin runs merge} find the parts of one sweep and check that
 * together they are all of it.
 */
final class SweepRecord {
    private final String protocol;
    private final int sweep;
    private final int points;
    private final Shard shard;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final String key;

    /** {@code shard}: null for the whole sweep. */
    SweepRecord(String protocol, int sweep, int points, Shard shard, String[] names, Object[] lists, long[] dims) {
        this.protocol = protocol;
        this.sweep = sweep;
        this.points = points;
        this.shard = shard;
        for (int k = 0; k < names.length; k++) if (lists[k] != null) values.put(names[k], ExactValues.list(lists[k], dims[k]));
        this.key = key(protocol, sweep, points, values);
    }

    /**
     * What every part of one sweep shares and another sweep does not: the program (its hash),
     * which of its sweeps, the values, the default seed and the --set overrides.
     */
    private static String key(String protocol, int sweep, int points, Map<String, Object> values) {
        String text = protocol + '\n' + RunSettings.sourceHash() + '\n' + sweep + '\n' + points + '\n' + Json.write(values, false)
                + '\n' + RunSettings.seed() + '\n' + Json.write(new LinkedHashMap<>(RunSettings.overrides()), false);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Writes sweep.json and summary.csv into {@code dir}; {@code points[j]} is the sweep's number of result j. */
    void write(Path dir, Instant start, SweepTable table, int[] pointOf, List<PointResult> results) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("protocol", protocol);
        j.put("status", results.stream().allMatch(PointResult::ok) ? "finished" : "failed");
        j.put("start", start.toString());
        j.put("end", Instant.now().toString());
        j.put("source", RunSettings.source());
        j.put("sha256", RunSettings.sourceHash());
        j.put("command_line", RunSettings.commandLine());
        j.put("sweep", sweep);
        j.put("points", points);
        if (shard != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("index", shard.index());
            s.put("count", shard.count());
            j.put("shard", s);
        }
        j.put("key", key);
        j.put("parameters", table.parameters());
        j.put("values", values);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) list.add(entry(pointOf[i], table.arguments(i), results.get(i), dir.getParent()));
        j.put("runs", list);
        write(dir, j, table);
    }

    static void write(Path dir, Map<String, Object> json, SweepTable table) {
        try {
            AtomicFiles.writeString(dir.resolve("sweep.json"), Json.write(json, true) + "\n");
            AtomicFiles.writeString(dir.resolve("summary.csv"), table.csv());
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the sweep's record in " + dir + ": " + e.getMessage());
        }
    }

    /** One run of sweep.json ({@code arguments} may be null); its directory relative to {@code base}. */
    static Map<String, Object> entry(int point, Map<String, Object> arguments, PointResult r, Path base) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("point", point);
        if (arguments != null) e.put("arguments", arguments);
        e.put("status", r.ok() ? r.run().status() : "failed");
        if (r.directory() != null) e.put("directory", base.toAbsolutePath().relativize(r.directory().toAbsolutePath()).toString());
        if (!r.ok()) {
            e.put("error", r.error());
        } else {
            e.put("results", ExactValues.results(r.run().finalMetrics()));
        }
        return e;
    }
}
