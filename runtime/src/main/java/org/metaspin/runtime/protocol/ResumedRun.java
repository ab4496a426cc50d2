package org.metaspin.runtime.protocol;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A finished run that `metaspin run --resume` reuses (§11): same source hash, arguments and
 * seed (run.json's {@code key}) and status {@code finished}. The runs of a protocol are
 * indexed once per process.
 */
record ResumedRun(Path directory, Map<String, Object> finalMetrics) implements RunResult {
    private static final Map<Path, Map<String, ResumedRun>> INDEX = new ConcurrentHashMap<>();

    @Override
    public String status() { return "finished"; }

    /** The finished run of {@code key} under {@code protocolDir}, its directory named as {@code protocolDir} names it. */
    static ResumedRun find(Path protocolDir, String key) {
        ResumedRun r = INDEX.computeIfAbsent(protocolDir.toAbsolutePath().normalize(), ResumedRun::index).get(key);
        return r == null ? null : new ResumedRun(protocolDir.resolve(r.directory().getFileName()), r.finalMetrics());
    }

    private static Map<String, ResumedRun> index(Path dir) {
        Map<String, ResumedRun> found = new ConcurrentHashMap<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(dir)) {
            for (Path run : runs) {
                Path json = run.resolve("run.json");
                if (!Files.isRegularFile(json)) continue;
                try {
                    JsonObject o = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
                    if (!o.has("key") || !"finished".equals(o.get("status").getAsString())) continue;
                    found.putIfAbsent(o.get("key").getAsString(), new ResumedRun(run, metrics(o)));
                } catch (IOException | RuntimeException e) {
                    // an unreadable or foreign run.json is not a finished run: it is run again
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static Map<String, Object> metrics(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String part : new String[] {"metrics", "records"}) {
            if (!o.has(part)) continue;
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject(part).entrySet()) m.put(e.getKey(), value(e.getValue()));
        }
        return m;
    }

    private static Object value(JsonElement e) {
        if (e.isJsonObject() && e.getAsJsonObject().has("value")) {
            return Measure.parse(e.getAsJsonObject().get("value").getAsDouble(), e.getAsJsonObject().get("unit").getAsString());
        }
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : e.toString();
    }
}
