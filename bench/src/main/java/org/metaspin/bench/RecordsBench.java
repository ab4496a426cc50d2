package org.metaspin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.metaspin.runtime.protocol.Run;
import org.metaspin.runtime.protocol.RunSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * `record` inside a run: {@code rows} rows appended to records.csv, one write call each
 * (the whole run: start, rows, end). The time per row must not grow with {@code rows}
 * (linear; the old writer rewrote the file per row, 16,000 rows took 28 s). Baseline: the
 * same rows formatted and written through one buffered writer without a flush per row,
 * the floor for this file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class RecordsBench {
    @Param({"10000", "100000"})
    int rows;

    Path dir;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("msp-records-bench");
        RunSettings.configure(dir, null, "", "", "bench");
        RunSettings.session(List.of("bench"), true, false, System.err);
    }

    /** Each invocation leaves a run of up to 3 MB: removed after each iteration. */
    @TearDown(Level.Iteration)
    public void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) if (!p.equals(dir)) Files.delete(p);
        }
    }

    @Benchmark
    public Path records() {
        Run.start("Bench", new String[0], new Object[0], new long[0]);
        Run r = Run.current();
        for (int i = 0; i < rows; i++) r.record("loss", 1.0 / (i + 1), -1, 0);
        Run.end(null);
        return r.directory();
    }

    @Benchmark
    public Path baselineBufferedWrite() throws IOException {
        Path f = Files.createTempFile(dir, "records", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("step,time_s,name,value,unit\n");
            for (int i = 0; i < rows; i++) w.write(i + "," + String.format("%.3f", i * 1e-6) + ",loss," + (1.0 / (i + 1)) + ",\n");
        }
        return f;
    }
}
