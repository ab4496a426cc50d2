package org.metaspin.runtime.protocol;

import java.nio.file.Path;
import java.util.Map;

/** A run known from its report (a sharded sweep's record, or a point that ran on another machine). */
record RecordedResult(Path directory, String status, Map<String, Object> finalMetrics) implements RunResult {}
