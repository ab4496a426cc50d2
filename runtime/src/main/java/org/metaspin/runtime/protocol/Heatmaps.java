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
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    if (!Double.isFinite(m[i][j])) continue;
                    XYTextAnnotation a = new XYTextAnnotation(String.format(Locale.ROOT, "%.2f", m[i][j]), j, i);
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
