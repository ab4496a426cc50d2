package org.metaspin.runtime.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's accuracy figures (§11): accuracy.png and .svg, each task's test accuracy against
 * the number of tasks trained (the baseline at 0), and accuracy_matrix.png, the heat map of R.
 */
final class AccuracyPlots {
    private AccuracyPlots() {}

    /** The figures of the matrix so far, to be drawn by {@link Run#write(Figure)}. */
    static List<Figure> figures(Run run, Path dir, AccuracyMatrix m) {
        List<double[]> rows = m.rows();
        double[] base = m.baseline();
        int tasks = base == null ? 0 : base.length;
        for (double[] r : rows) tasks = Math.max(tasks, r.length);
        int points = rows.size() + (base == null ? 0 : 1);
        double[] x = new double[points];
        for (int i = 0; i < points; i++) x[i] = base == null ? i + 1 : i;
        double[][] xs = new double[tasks][];
        double[][] ys = new double[tasks][points];
        String[] names = new String[tasks];
        for (int j = 0; j < tasks; j++) {
            names[j] = "task " + j;
            xs[j] = x;
            for (int i = 0; i < points; i++) {
                double[] r = base == null ? rows.get(i) : i == 0 ? base : rows.get(i - 1);
                ys[j][i] = j < r.length ? r[j] : Double.NaN;
            }
        }
        var lines = Plots.lines(new Plots.Lines("Test accuracy", run.title(), "tasks trained", "accuracy", names, xs, ys,
                false, false, true, false, new double[] {0, 1.02}));
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(dir.resolve("accuracy.png"), lines, Plots.WIDTH, Plots.HEIGHT));
        out.add(new Figure(dir.resolve("accuracy.svg"), lines, Plots.WIDTH, Plots.HEIGHT));
        if (rows.isEmpty()) return out;
        Heatmaps.Sized r = Heatmaps.figure(new Heatmaps.Spec("Accuracy matrix R", run.title(), "test task j", "after training task i",
                "accuracy", rows.toArray(new double[0][]), 0, 1));
        out.add(new Figure(dir.resolve("accuracy_matrix.png"), r.chart(), r.width(), r.height()));
        return out;
    }
}
