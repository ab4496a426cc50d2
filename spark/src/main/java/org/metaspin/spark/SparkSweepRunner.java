package org.metaspin.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.protocol.PointResult;
import org.metaspin.runtime.protocol.RunSettings;
import org.metaspin.runtime.protocol.SweepJob;
import org.metaspin.runtime.protocol.SweepRunner;

/**
 * Runs a sweep's points as Spark tasks, one task per point. The Spark context starts with the
 * program's first sweep (a program without one needs no cluster) and the compiled classes
 * are broadcast once. Each point's files come back into the driver's results folder, unless
 * that folder is shared ({@code --shared}): then the executors write there directly.
 */
final class SparkSweepRunner implements SweepRunner, AutoCloseable {
    private final Map<String, byte[]> classes;
    private final String mainClass;
    private final boolean shared;
    private JavaSparkContext spark;
    private Broadcast<HashMap<String, byte[]>> broadcast;

    SparkSweepRunner(Map<String, byte[]> classes, String mainClass, boolean shared) {
        this.classes = classes;
        this.mainClass = mainClass;
        this.shared = shared;
    }

    @Override
    public List<PointResult> run(SweepJob job) {
        if (spark == null) {
            // master and the rest come from spark-submit (or spark.* system properties)
            spark = new JavaSparkContext(new SparkConf().setIfMissing("spark.app.name", "metaspin " + RunSettings.source()));
            broadcast = spark.broadcast(new HashMap<>(classes));
        }
        Path out = RunSettings.out().toAbsolutePath();
        List<Integer> points = new ArrayList<>();
        for (int j = 0; j < job.size(); j++) points.add(job.point(j));
        PointTask task = new PointTask(broadcast, mainClass, RunSettings.snapshot(), job.sweep(), shared ? out.toString() : null);
        spark.setJobDescription("sweep " + job.protocol() + ": " + job.size() + " points");
        List<PointTask.Report> reports = spark.parallelize(points, points.size()).map(task).collect();
        List<PointResult> results = new ArrayList<>();
        for (int j = 0; j < reports.size(); j++) {
            PointTask.Report r = reports.get(j);
            unpack(out, r.files());
            PointResult result = PointResult.fromReport(r.report(), out);
            Console.out().print(result.output());
            results.add(job.ended(j, result));
        }
        return results;
    }

    /** A point's files into the driver's results folder, at the paths they had on the executor. */
    private static void unpack(Path out, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = out.resolve(f.getKey()).normalize();
            if (!target.startsWith(out)) throw new IllegalStateException("a point's file outside the results folder: " + f.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            } catch (IOException e) {
                throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write " + target + " (a run's file from an executor): " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        if (spark != null) spark.stop();
    }
}
