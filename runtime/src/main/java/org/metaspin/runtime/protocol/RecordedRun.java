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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.units.QuantityFormat;

/**
 * A run read back from its run.json, for `metaspin runs` (§11, §13). A run that still says
 * {@code running} but whose process no longer exists on this host died without a word
 * (SIGKILL, power loss): it is shown as {@code killed}.
 */
public record RecordedRun(Path directory, JsonObject json) {
    /** Every run under {@code root} (a results folder, a protocol's folder or one run), oldest first. */
    public static List<RecordedRun> under(Path root) throws IOException {
        List<RecordedRun> runs = new ArrayList<>();
        for (Path dir : RecordFiles.holding(root, "run.json")) read(dir, runs);
        runs.sort(Comparator.comparing(RecordedRun::start).thenComparing(r -> r.directory().toString()));
        return runs;
    }

    /** The run in {@code dir}. */
    public static RecordedRun at(Path dir) throws IOException {
        List<RecordedRun> one = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve("run.json"))) throw new IOException(dir + " holds no run.json");
        read(dir, one);
        if (one.isEmpty()) throw new IOException(dir.resolve("run.json") + " is not a run record");
        return one.get(0);
    }

    private static void read(Path dir, List<RecordedRun> into) {
        try {
            JsonElement e = JsonParser.parseString(Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8));
            if (e.isJsonObject() && e.getAsJsonObject().has("protocol")) into.add(new RecordedRun(dir, e.getAsJsonObject()));
        } catch (IOException | RuntimeException ex) {
            // not a readable run record: not listed
        }
    }

    public String protocol() { return text("protocol"); }

    public String start() { return text("start"); }

    /** The recorded status, or {@code killed} for a run whose process died while it ran. */
    public String status() {
        String s = text("status");
        if (!s.equals("running") || !json.has("pid")) return s;
        if (json.has("host") && !json.get("host").getAsString().equals(Provenance.host())) return s;
        return ProcessHandle.of(json.get("pid").getAsLong()).map(ProcessHandle::isAlive).orElse(false) ? s : "killed";
    }

    /** {@code name = value unit, …} as `print` writes them. */
    public String arguments() { return display(json.getAsJsonObject("arguments")); }

    /** The §10.4 metrics, then the last value of each record. */
    public Map<String, String> results() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : new String[] {"metrics", "records"}) {
            if (!json.has(part)) continue;
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject(part).entrySet()) m.put(e.getKey(), value(e.getValue()));
        }
        return m;
    }

    /** Every argument as text. */
    public Map<String, String> argumentValues() {
        Map<String, String> m = new LinkedHashMap<>();
        if (json.has("arguments")) for (var e : json.getAsJsonObject("arguments").entrySet()) m.put(e.getKey(), value(e.getValue()));
        return m;
    }

    /** run.json as read, with the status a reader should see. */
    public JsonObject withStatus() {
        JsonObject o = json.deepCopy();
        o.addProperty("status", status());
        o.addProperty("directory", directory.toString());
        return o;
    }

    private String text(String key) {
        return json.has(key) && json.get(key).isJsonPrimitive() ? json.get(key).getAsString() : "";
    }

    private static String display(JsonObject o) {
        if (o == null) return "";
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(" = ").append(value(e.getValue()));
        }
        return sb.toString();
    }

    static String value(JsonElement e) {
        if (e.isJsonObject() && e.getAsJsonObject().has("value")) {
            String unit = e.getAsJsonObject().get("unit").getAsString();
            return value(e.getAsJsonObject().get("value")) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) return QuantityFormat.formatReal(e.getAsDouble());
        if (e.isJsonPrimitive()) return e.getAsString();
        if (e.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) parts.add(value(x));
            return "[" + String.join(", ", parts) + "]";
        }
        return e.toString();
    }

}
