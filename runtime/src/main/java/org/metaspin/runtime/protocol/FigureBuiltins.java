package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.DimOf;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.Dimension;

/**
 * `plot` and `heatmap` (§11): line plots of one or several series (x and y lists of
 * quantities, or of Ints for steps and counts) and heat maps of a matrix, as PNG, SVG or PDF.
 */
public final class FigureBuiltins {
    private FigureBuiltins() {}

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

    @Builtin(doc = "A plot against integer x (steps, epochs, task numbers): drawn on integer ticks.")
    public static void plot(@Param(name = "x") long[] x, @Param(name = "y", dim = "*") double[] y,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file, @DimOf("y") long ydim) {
        plot(reals(x), new double[][] {y}, title, xlabel, ylabel, labels, logx, logy, file, 0, ydim);
    }

    @Builtin(doc = "Several series against integer x (steps, epochs, task numbers), with a legend of `labels`.")
    public static void plot(@Param(name = "x") long[] x, @Param(name = "y", dim = "*") double[][] ys,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file, @DimOf("y") long ydim) {
        plot(reals(x), ys, title, xlabel, ylabel, labels, logx, logy, file, 0, ydim);
    }

    @Builtin(doc = "Integer y (counts) against integer x: both axes on integer ticks.")
    public static void plot(@Param(name = "x") long[] x, @Param(name = "y") long[] y,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file) {
        plot(reals(x), new double[][] {reals(y)}, title, xlabel, ylabel, labels, logx, logy, file, 0, 0);
    }

    @Builtin(doc = "Integer y (counts) against x.")
    public static void plot(@Param(name = "x", dim = "*") double[] x, @Param(name = "y") long[] y,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "labels", def = "[]") String[] labels,
                            @Param(name = "logx", def = "false") boolean logx, @Param(name = "logy", def = "false") boolean logy,
                            @Param(name = "file", def = "\"plot.png\"") String file, @DimOf("x") long xdim) {
        plot(x, new double[][] {reals(y)}, title, xlabel, ylabel, labels, logx, logy, file, xdim, 0);
    }

    private static double[] reals(long[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = xs[i];
        return out;
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
        Heatmaps.Sized f = Heatmaps.figure(new Heatmaps.Spec(title, r == null ? "" : r.title(), xlabel, ylabel,
                u.label("value"), shown, low, high));
        write(target, f.chart(), f.width(), f.height());
    }

    static void write(Path target, JFreeChart chart, int width, int height) {
        Run r = Run.current();
        try {
            if (r != null) r.write(new Figure(target, chart, width, height));
            else Plots.write(target, chart, width, height);
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the figure " + target + ": " + e.getMessage());
        }
    }
}
