package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.DimOf;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.Dimension;

/** `record`, `plot` and `heatmap` (§11). */
public final class ProtocolBuiltins {
    private ProtocolBuiltins() {}

    @Builtin(doc = "Appends the row (step, time, name, value, unit) to the current run's records.csv, the value in its "
            + "display unit; `step` -1 numbers the records of each name 0, 1, 2, …. The last value of each name is also in "
            + "run.json. Outside a protocol there is no run to record into: R0005.")
    public static void record(@Param(name = "name") String name, @Param(name = "value", dim = "*") double value,
                              @Param(name = "step", def = "-1") long step, @DimOf("value") long dim) {
        Run r = Run.current();
        if (r == null) throw RuntimeFailure.invalid("`record(\"" + name + "\", …)` outside a protocol: there is no run to record into");
        if (step < -1) throw RuntimeFailure.invalid("record: step must be >= 0 (or -1 for the next one), got " + step);
        r.record(name, value, step, dim);
    }

    @Builtin(doc = "Writes a line plot of y against x into the run's directory (outside a protocol: the current "
            + "directory); PNG, SVG or PDF by the file's extension. Axes show display units in their labels "
            + "(`current (mA)`), integer data on integer ticks, markers on the line; `logx`/`logy` for log axes. "
            + "The file is a plain name: a directory part or `..` is R0005.")
    public static void plot(@Param(name = "x", dim = "*") double[] x, @Param(name = "y", dim = "*") double[] y,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file,
                            @DimOf("x") long xdim, @DimOf("y") long ydim) {
        plot(x, new double[][] {y}, title, xlabel, ylabel, labels, logx, logy, file, xdim, ydim);
    }

    @Builtin(doc = "Writes several series against one x into one figure, with a legend of `labels` (default "
            + "\"series 1\", …); otherwise as the plot of one series.")
    public static void plot(@Param(name = "x", dim = "*") double[] x, @Param(name = "y", dim = "*") double[][] ys,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file,
                            @DimOf("x") long xdim, @DimOf("y") long ydim) {
        Path target = FigureFiles.target(file, "plot");
        if (ys.length == 0) throw RuntimeFailure.invalid("plot: y has no series to draw");
        if (labels.length != 0 && labels.length != ys.length) {
            throw RuntimeFailure.invalid("plot: " + ys.length + " series but " + labels.length + " labels");
        }
        for (int s = 0; s < ys.length; s++) {
            if (ys[s].length != x.length) {
                throw RuntimeFailure.invalid("plot: x has " + x.length + " values but " + (ys.length == 1 ? "y" : "series " + (s + 1))
                        + " has " + ys[s].length);
            }
        }
        if (x.length == 0) throw RuntimeFailure.invalid("plot: x is empty: nothing to draw");
        FigureData.checkFinite("x", x, logx);
        for (int s = 0; s < ys.length; s++) FigureData.checkFinite(ys.length == 1 ? "y" : "series " + (s + 1), ys[s], logy);
        // a log axis shows its own powers of ten: only the unit's prefix is chosen there
        DisplayUnit xu = logx ? DisplayUnit.of(xdim, x) : DisplayUnit.forAxis(Dimension.unpack(xdim), x);
        DisplayUnit yu = logy ? DisplayUnit.of(ydim, FigureData.flatten(ys)) : DisplayUnit.forAxis(Dimension.unpack(ydim), FigureData.flatten(ys));
        double[] xs = FigureData.scaled(x, xu);
        double[][] xsPer = new double[ys.length][];
        double[][] ysScaled = new double[ys.length][];
        String[] names = new String[ys.length];
        for (int s = 0; s < ys.length; s++) {
            xsPer[s] = xs;
            ysScaled[s] = FigureData.scaled(ys[s], yu);
            names[s] = labels.length > 0 ? labels[s] : ys.length == 1 ? (ylabel.isEmpty() ? "y" : ylabel) : "series " + (s + 1);
        }
        Run r = Run.current();
        JFreeChart chart = Plots.lines(new Plots.Lines(title, r == null ? "" : r.title(), xu.label(xlabel), yu.label(ylabel), names,
                xsPer, ysScaled, logx, logy, FigureData.integers(xs), FigureData.integers(FigureData.flatten(ysScaled)), null));
        write(target, chart, Plots.WIDTH, Plots.HEIGHT);
    }

    @Builtin(doc = "Writes a heat map of a matrix (a list of rows, row 0 at the top) with a colour bar, into the run's "
            + "directory (outside a protocol: the current directory); PNG, SVG or PDF by the file's extension. Small "
            + "matrices show each value in its cell.")
    public static void heatmap(@Param(name = "matrix", dim = "*") double[][] m, @Param(name = "title", def = "\"\"") String title,
                               @Param(name = "xlabel", def = "\"column\"") String xlabel,
                               @Param(name = "ylabel", def = "\"row\"") String ylabel,
                               @Param(name = "file", def = "\"heatmap.png\"") String file, @DimOf("matrix") long dim) {
        Path target = FigureFiles.target(file, "heatmap");
        double[] all = FigureData.flatten(m);
        if (all.length == 0) throw RuntimeFailure.invalid("heatmap: the matrix is empty: nothing to draw");
        FigureData.checkFinite("matrix", all, false);
        DisplayUnit u = DisplayUnit.forAxis(Dimension.unpack(dim), all);
        double[][] shown = new double[m.length][];
        for (int i = 0; i < m.length; i++) shown[i] = FigureData.scaled(m[i], u);
        double[] flat = FigureData.flatten(shown);
        double low = java.util.Arrays.stream(flat).min().orElse(0);
        double high = java.util.Arrays.stream(flat).max().orElse(1);
        Run r = Run.current();
        int cells = Math.max(m.length, java.util.Arrays.stream(m).mapToInt(a -> a.length).max().orElse(0));
        int side = 120 + 60 * cells;
        JFreeChart chart = Heatmaps.chart(new Heatmaps.Spec(title, r == null ? "" : r.title(), xlabel, ylabel,
                u.label("value"), shown, low, high));
        write(target, chart, Math.max(520, Math.min(side + 160, 1000)), Math.max(420, Math.min(side, 900)));
    }

    private static void write(Path target, JFreeChart chart, int width, int height) {
        Run r = Run.current();
        try {
            if (r != null) {
                synchronized (r) {
                    Plots.write(target, chart, width, height);
                }
            } else {
                Plots.write(target, chart, width, height);
            }
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the figure " + target + ": " + e.getMessage());
        }
    }
}
