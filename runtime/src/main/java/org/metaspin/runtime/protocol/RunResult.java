package org.metaspin.runtime.protocol;

import java.nio.file.Path;
import java.util.Map;

/** What a sweep needs of one of its runs: made now ({@link Run}) or reused by --resume ({@link ResumedRun}). */
interface RunResult {
    Path directory();

    String status();

    /** The metrics of §10.4 and the last value of each record, in display units. */
    Map<String, Object> finalMetrics();
}
