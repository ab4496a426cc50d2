package org.metaspin.runtime.protocol;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * How one point of a sweep ended: its run (finished, or reused by --resume), or its failure
 * with the diagnostic code and message (§14), and the run's directory when it got one.
 */
public final class PointResult {
    private final RunResult run;
    private final Path directory;
    private final Map<String, Object> error;
    private final Throwable cause;
    private final String output;

    private PointResult(RunResult run, Path directory, Map<String, Object> error, Throwable cause, String output) {
        this.run = run;
        this.directory = directory;
        this.error = error;
        this.cause = cause;
        this.output = output;
    }

    static PointResult finished(RunResult run) { return new PointResult(run, run.directory(), null, null, ""); }

    /** {@code started}: the run the point began before it failed, or null. */
    static PointResult failed(Throwable t, RunResult started) {
        return new PointResult(null, started == null ? null : started.directory(), Failures.describe(t), t, "");
    }

    /**
     * The result a point run elsewhere reported ({@link PointRun#execute}), its run directory
     * resolved in {@code out} (where the run's files are now).
     */
    public static PointResult fromReport(String report, Path out) {
        JsonObject o = JsonParser.parseString(report).getAsJsonObject();
        Path dir = o.has("directory") ? out.resolve(o.get("directory").getAsString()) : null;
        String output = o.has("output") ? o.get("output").getAsString() : "";
        if (!o.has("error")) {
            RunResult run = new RecordedResult(dir, o.get("status").getAsString(), ExactValues.readResults(o.getAsJsonObject("results")));
            return new PointResult(run, dir, null, null, output);
        }
        JsonObject e = o.getAsJsonObject("error");
        Map<String, Object> error = new LinkedHashMap<>();
        String code = e.get("code").getAsString();
        String message = e.get("message").getAsString();
        error.put("code", code);
        error.put("message", message);
        // the failure as it would have been raised here: a run-time error with its code, or a fault of metaspin
        Throwable cause = code.matches("R\\d{4}") ? new RuntimeFailure(RuntimeFailure.Code.valueOf(code), message)
                : new IllegalStateException(message);
        return new PointResult(null, dir, error, cause, output);
    }

    RunResult run() { return run; }

    Path directory() { return directory; }

    Map<String, Object> error() { return error; }

    /** {@code R0001: message}, or null for a point that did not fail. */
    String failure() { return error == null ? null : error.get("code") + ": " + error.get("message"); }

    Throwable cause() { return cause; }

    /** What the point printed on the machine that ran it ("" when it printed here). */
    public String output() { return output; }

    public boolean ok() { return error == null; }
}
