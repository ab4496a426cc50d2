package org.metaspin.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.metaspin.compiler.Program;
import org.metaspin.runtime.protocol.PointRun;
import org.metaspin.runtime.protocol.RunSettings;

/**
 * The Spark task of one sweep point, on an executor: the program's classes (compiled once, on
 * the driver, and broadcast), run for that point alone ({@link PointRun}). Its run writes into
 * the shared folder when there is one, else into a temporary folder whose files travel back
 * with the report and are deleted here.
 */
final class PointTask implements Function<Integer, PointTask.Report> {
    private static final long serialVersionUID = 1L;

    /** What comes back to the driver: the point's report and, without a shared folder, its files by path under the results folder. */
    record Report(int point, String report, Map<String, byte[]> files) implements Serializable {}

    private final Broadcast<HashMap<String, byte[]>> classes;
    private final String mainClass;
    private final RunSettings.Snapshot settings;
    private final int sweep;
    private final String shared;

    /** {@code shared}: a folder every executor can write (runs go there directly), or null. */
    PointTask(Broadcast<HashMap<String, byte[]>> classes, String mainClass, RunSettings.Snapshot settings, int sweep, String shared) {
        this.classes = classes;
        this.mainClass = mainClass;
        this.settings = settings;
        this.sweep = sweep;
        this.shared = shared;
    }

    @Override
    public Report call(Integer point) throws IOException {
        Path out = shared != null ? Path.of(shared) : Files.createTempDirectory("metaspin-point-");
        // an executor of its own (a cluster's) has not seen the command line; a local one shares the driver's settings
        if (!settings.sourceHash().equals(RunSettings.sourceHash())) RunSettings.adopt(settings, out, System.err);
        Map<String, byte[]> code = classes.value();
        String report = PointRun.execute(() -> new Program(code, mainClass).run(), sweep, point, out);
        if (shared != null) return new Report(point, report, Map.of());
        try {
            return new Report(point, report, collect(out));
        } finally {
            delete(out);
        }
    }

    /** Every file the point wrote, by its path under the folder ("/"-separated); temporaries are not results. */
    private static Map<String, byte[]> collect(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : all) {
            Path rel = root.relativize(f);
            if (rel.getName(0).toString().equals(".tmp")) continue;
            files.put(rel.toString().replace(java.io.File.separatorChar, '/'), Files.readAllBytes(f));
        }
        return files;
    }

    private static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind costs disk, not results
        }
    }
}
