package org.metaspin.runtime.protocol;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.svg.SVGGraphics2D;

/**
 * Figures of §11 with JFreeChart, styled for a paper draft: white background, light grid,
 * a colour-blind-safe palette (Okabe and Ito, 2008) with a distinct marker per series,
 * axis labels in display units, integer ticks for integer data, log axes on request. The
 * format follows the file's extension: PNG (at twice the pixel density, for print), SVG
 * (JFreeSVG, with fixed ids so identical runs give identical files) or PDF (JFreePDF,
 * vector); anything else is R0005 before any work.
 */
final class Plots {
    static final int WIDTH = 640;
    static final int HEIGHT = 420;
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static {
        // results are files, never windows: no display is needed, on a server or in CI
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {}

    enum Format { PNG, SVG, PDF }

    /** The format of a figure file by its extension, or null when it is not one of §11's. */
    static Format format(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) return Format.PNG;
        if (n.endsWith(".svg")) return Format.SVG;
        if (n.endsWith(".pdf")) return Format.PDF;
        return null;
    }

    /** One set of curves: series share x or have their own (each {@code xs[s]} as long as {@code ys[s]}). */
    record Lines(String title, String subtitle, String xlabel, String ylabel, String[] names, double[][] xs, double[][] ys,
                 boolean logx, boolean logy, boolean integerX, boolean integerY, double[] yRange) {}

    static JFreeChart lines(Lines l) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < l.ys().length; s++) {
            XYSeries series = new XYSeries(l.names()[s], false, true);
            double[] x = l.xs()[s];
            for (int i = 0; i < Math.min(x.length, l.ys()[s].length); i++) {
                double y = l.ys()[s][i];
                // a missing value (NaN) is a gap in its line
                series.add(x[i], Double.isFinite(y) ? y : null);
            }
            data.addSeries(series);
        }
        ValueAxis xAxis = axis(l.xlabel(), l.logx(), l.integerX());
        ValueAxis yAxis = axis(l.ylabel(), l.logy(), l.integerY());
        if (l.yRange() != null) yAxis.setRange(l.yRange()[0], l.yRange()[1]);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < l.ys().length; s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, marker(s, l.ys()[s].length));
        }
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        style(plot);
        JFreeChart chart = new JFreeChart(l.title().isEmpty() ? null : l.title(), TITLE, plot, l.ys().length > 1);
        finish(chart, l.subtitle());
        if (chart.getLegend() != null) {
            LegendTitle legend = chart.getLegend();
            legend.setItemFont(TICK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.RIGHT);
        }
        return chart;
    }

    private static ValueAxis axis(String label, boolean log, boolean integer) {
        ValueAxis a;
        if (log) {
            LogAxis la = new LogAxis(label);
            la.setBase(10);
            la.setSmallestValue(1e-300);
            // ticks on whole decades, labelled 10ⁿ (the tick unit of a LogAxis counts exponents)
            la.setStandardTickUnits(decades());
            la.setNumberFormatOverride(new PowerOfTenFormat());
            la.setMinorTickMarksVisible(true);
            a = la;
        } else {
            NumberAxis na = new NumberAxis(label);
            na.setAutoRangeIncludesZero(false);
            // a point at 0 keeps the axis margin like any other, not half of its marker
            na.setAutoRangeStickyZero(false);
            // JFreeChart's default floor of 1e-8 flattens data of tiny spread: allow any spread a double can show
            na.setAutoRangeMinimumSize(Double.MIN_NORMAL * 1e10);
            if (integer) na.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
            else na.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
            a = na;
        }
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setAxisLinePaint(Color.BLACK);
        a.setTickMarkPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
        return a;
    }

    private static org.jfree.chart.axis.TickUnits decades() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (int d : new int[] {1, 2, 3, 5, 10, 20, 50, 100}) units.add(new org.jfree.chart.axis.NumberTickUnit(d));
        return units;
    }

    /** Tick labels of a log axis: 10ⁿ for a power of ten, else a short decimal. */
    static final class PowerOfTenFormat extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double v, StringBuffer sb, java.text.FieldPosition pos) {
            double e = Math.log10(v);
            if (Math.abs(e - Math.rint(e)) < 1e-9) {
                int n = (int) Math.rint(e);
                return sb.append(n == 0 ? "1" : n == 1 ? "10" : "10" + DisplayUnit.superscript(n));
            }
            return sb.append(new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v));
        }

        @Override
        public StringBuffer format(long v, StringBuffer sb, java.text.FieldPosition pos) {
            return format((double) v, sb, pos);
        }

        @Override
        public Number parse(String s, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are only written");
        }
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlineStroke(new BasicStroke(0.6f));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    static void finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        if (chart.getTitle() != null) chart.getTitle().setPaint(Color.BLACK);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            t.setPaint(new Color(0x333333));
            chart.addSubtitle(0, t);
        }
    }

    /** The marker of series {@code s}; smaller on dense series, where full-size ones would merge into a band. */
    private static Shape marker(int s, int points) {
        double r = points <= 25 ? 3.5 : points <= 60 ? 2.6 : 2.0;
        return switch (s % 5) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
            case 2 -> polygon(new double[] {0, r, -r}, new double[] {-r * 1.15, r * 0.85, r * 0.85});
            case 3 -> polygon(new double[] {0, r * 1.2, 0, -r * 1.2}, new double[] {-r * 1.2, 0, r * 1.2, 0});
            default -> polygon(new double[] {0, r, -r}, new double[] {r * 1.15, -r * 0.85, -r * 0.85});
        };
    }

    private static Shape polygon(double[] x, double[] y) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) p.lineTo(x[i], y[i]);
        p.closePath();
        return p;
    }

    /** Writes {@code chart} atomically into {@code file}, in the format its extension names. */
    static void write(Path file, JFreeChart chart, int width, int height) throws IOException {
        AtomicFiles.write(file, render(file, chart, width, height));
    }

    /** The bytes of {@code file} in the format its name gives, drawn in memory. */
    static byte[] render(Path file, JFreeChart chart, int width, int height) throws IOException {
        Format f = format(file.getFileName().toString());
        if (f == null) throw new IllegalArgumentException("not a figure format: " + file);
        return switch (f) {
            case PNG -> png(chart, width, height);
            case SVG -> svg(chart, width, height);
            case PDF -> pdf(chart, width, height);
        };
    }

    private static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        int scale = 2;
        BufferedImage img = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle(width, height));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // the default prefix is the clock: fixed, so that identical runs give identical files
        g.setDefsKeyPrefix("msp");
        chart.draw(g, new Rectangle(width, height));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(JFreeChart chart, int width, int height) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() != null ? chart.getTitle().getText() : "metaspin figure");
        PDFGraphics2D g = doc.createPage(new Rectangle(width, height)).getGraphics2D();
        chart.draw(g, new Rectangle(width, height));
        return doc.getPDFBytes();
    }
}
