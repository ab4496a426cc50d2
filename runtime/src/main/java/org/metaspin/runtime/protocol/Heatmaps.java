package org.metaspin.runtime.protocol;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Heat maps of a matrix (§11 `heatmap`, and a run's accuracy_matrix.png): row i drawn top to
 * bottom as in the matrix, column j left to right, integer ticks on both axes, the viridis
 * colour map (perceptually uniform, readable in grey and by colour-blind readers), and the
 * value written in each cell when the matrix is small enough to read them.
 */
final class Heatmaps {
    private static final int ANNOTATE_UP_TO = 144;

    private Heatmaps() {}

    record Spec(String title, String subtitle, String xlabel, String ylabel, String valueLabel, double[][] m,
                double low, double high) {}

    /** A heat map and the size it is drawn at: cells of about 60 points, within 520 x 420 and 1000 x 900. */
    record Sized(JFreeChart chart, int width, int height) {}

    static Sized figure(Spec s) {
        int cells = s.m().length;
        for (double[] r : s.m()) cells = Math.max(cells, r.length);
        int side = 120 + 60 * cells;
        Sized f = new Sized(chart(s), Math.max(520, Math.min(side + 160, 1000)), Math.max(420, Math.min(side, 900)));
        alignLegend(f);
        return f;
    }

    /**
     * The colour bar spans the plot's data area, not the chart's full height (JFreeChart
     * gives a right-hand legend the height of the plot, axis labels included): a dry
     * drawing measures both, and the bar's margins take up the difference.
     */
    private static void alignLegend(Sized f) {
        PaintScaleLegend legend = null;
        for (Object t : f.chart().getSubtitles()) if (t instanceof PaintScaleLegend p) legend = p;
        if (legend == null) return;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        f.chart().draw(g, new java.awt.Rectangle(f.width(), f.height()), info);
        g.dispose();
        java.awt.geom.Rectangle2D data = info.getPlotInfo().getDataArea();
        // the plot area as reported lies inside the plot's insets; the legend's height includes them
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getPlotArea();
        RectangleInsets insets = f.chart().getPlot().getInsets();
        RectangleInsets m = legend.getMargin();
        RectangleInsets pad = legend.getPadding();
        double top = data.getMinY() - (area.getMinY() - insets.getTop()) - pad.getTop();
        double bottom = area.getMaxY() + insets.getBottom() - data.getMaxY() - pad.getBottom();
        legend.setMargin(new RectangleInsets(Math.max(0, top), m.getLeft(), Math.max(0, bottom), m.getRight()));
    }

    static JFreeChart chart(Spec s) {
        double[][] m = s.m();
        int rows = m.length;
        int cols = 0;
        for (double[] r : m) cols = Math.max(cols, r.length);
        int n = 0;
        for (double[] r : m) n += r.length;
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < m[i].length; j++) {
                xyz[0][k] = j;
                xyz[1][k] = i;
                xyz[2][k] = m[i][j];
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("matrix", xyz);
        double low = s.low();
        double high = s.high() > low ? s.high() : low + 1;
        Viridis scale = new Viridis(low, high);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        NumberAxis x = axis(s.xlabel(), cols);
        NumberAxis y = axis(s.ylabel(), rows);
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Plots.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (rows * cols <= ANNOTATE_UP_TO) {
            Font f = new Font(Font.SANS_SERIF, Font.PLAIN, rows * cols <= 36 ? 12 : 9);
            java.text.NumberFormat cell = cellFormat(m);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    if (!Double.isFinite(m[i][j])) continue;
                    XYTextAnnotation a = new XYTextAnnotation(cell.format(m[i][j]), j, i);
                    a.setFont(f);
                    a.setPaint(scale.luminance(m[i][j]) > 0.5 ? Color.BLACK : Color.WHITE);
                    plot.addAnnotation(a);
                }
            }
        }
        JFreeChart chart = new JFreeChart(s.title().isEmpty() ? null : s.title(), Plots.TITLE, plot, false);
        Plots.finish(chart, s.subtitle());
        NumberAxis legendAxis = new NumberAxis(s.valueLabel());
        legendAxis.setLabelFont(Plots.TICK);
        legendAxis.setTickLabelFont(Plots.TICK);
        legendAxis.setRange(low, high);
        // five or so ticks on the bar: the automatic choice fills its whole height with them
        legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep((high - low) / 5)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** 1, 2 or 5 times a power of ten, the nearest at or above {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /** Integers as integers; values of usual size with two decimals; others in three significant digits. */
    private static java.text.NumberFormat cellFormat(double[][] m) {
        boolean integers = true;
        double big = 0;
        double small = Double.POSITIVE_INFINITY;
        for (double[] r : m) {
            for (double v : r) {
                if (!Double.isFinite(v)) continue;
                integers &= v == Math.rint(v) && Math.abs(v) < 1e9;
                big = Math.max(big, Math.abs(v));
                if (v != 0) small = Math.min(small, Math.abs(v));
            }
        }
        var symbols = java.text.DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (integers) return new java.text.DecimalFormat("0", symbols);
        if (big < 1000 && small >= 0.01) return new java.text.DecimalFormat("0.00", symbols);
        return new java.text.DecimalFormat("0.##E0", symbols);
    }

    private static NumberAxis axis(String label, int cells) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        a.setRange(-0.5, Math.max(cells, 1) - 0.5);
        a.setLabelFont(Plots.LABEL);
        a.setTickLabelFont(Plots.TICK);
        a.setAxisLinePaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
        return a;
    }

    /** Viridis (van der Walt and Smith, matplotlib 2015), by linear interpolation between nine of its colours. */
    static final class Viridis implements PaintScale {
        private static final int[] STOPS = {
            0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};
        private final double low;
        private final double high;

        Viridis(double low, double high) {
            this.low = low;
            this.high = high;
        }

        @Override public double getLowerBound() { return low; }

        @Override public double getUpperBound() { return high; }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) return Color.WHITE;
            double t = Math.max(0, Math.min(1, (value - low) / (high - low))) * (STOPS.length - 1);
            int i = Math.min((int) t, STOPS.length - 2);
            double f = t - i;
            return new Color(mix(STOPS[i] >> 16, STOPS[i + 1] >> 16, f), mix(STOPS[i] >> 8, STOPS[i + 1] >> 8, f),
                    mix(STOPS[i], STOPS[i + 1], f));
        }

        double luminance(double value) {
            Color c = (Color) getPaint(value);
            return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        }
    }
}
