package org.metaspin.runtime.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A sweep read back from its sweep.json, for `metaspin runs` (§11): what it varied and which runs are its. */
public record RecordedSweep(Path directory, JsonObject json) {
    /** Every sweep under {@code root} (a results folder, a protocol's folder or one sweep), oldest first. */
    public static List<RecordedSweep> under(Path root) throws IOException {
        List<RecordedSweep> sweeps = new ArrayList<>();
        for (Path dir : RecordFiles.holding(root, "sweep.json")) read(dir, sweeps);
        sweeps.sort(Comparator.comparing(RecordedSweep::start).thenComparing(s -> s.directory().toString()));
        return sweeps;
    }

    private static void read(Path dir, List<RecordedSweep> into) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(dir.resolve("sweep.json"), StandardCharsets.UTF_8));
            if (e.isJsonObject() && e.getAsJsonObject().has("runs")) into.add(new RecordedSweep(dir, e.getAsJsonObject()));
        } catch (IOException | RuntimeException ex) {
            // not a readable sweep record: not listed
        }
    }

    public String protocol() { return text("protocol"); }

    public String start() { return text("start"); }

    public String status() { return text("status"); }

    /** {@code m = [0, 5], d = [10, 20] nm}: the values the sweep ran, in display units. */
    public String values() {
        if (!json.has("parameters") || !json.get("parameters").isJsonObject()) return "";
        List<String> parts = new ArrayList<>();
        for (var e : json.getAsJsonObject("parameters").entrySet()) parts.add(e.getKey() + " = " + RecordedRun.value(e.getValue()));
        return String.join(", ", parts);
    }

    /** The directories of its runs (a failed point that made none has no entry), as they are on disk. */
    public List<Path> runs() {
        List<Path> dirs = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("runs")) {
            JsonObject o = e.getAsJsonObject();
            // sweep.json names each run relative to the protocol's folder, the sweep's parent
            if (o.has("directory")) dirs.add(directory.getParent().resolve(o.get("directory").getAsString()).normalize());
        }
        return dirs;
    }

    /** How many runs it has, by status: {@code 4 finished} or {@code 3 finished, 1 failed}. */
    public String runCounts() {
        java.util.Map<String, Integer> n = new java.util.TreeMap<>();
        for (JsonElement e : json.getAsJsonArray("runs")) n.merge(e.getAsJsonObject().get("status").getAsString(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        n.forEach((k, v) -> parts.add(v + " " + k));
        return String.join(", ", parts);
    }

    private String text(String key) {
        return json.has(key) && json.get(key).isJsonPrimitive() ? json.get(key).getAsString() : "";
    }
}
