package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Line plots as PNG (JFreeChart) or SVG (JFreeSVG), chosen by the file's extension (§11). */
final class Plots {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    static {
        // results are files, never windows: no display is needed, on a server or in CI
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {}

    static void line(Path file, String title, String xlabel, String ylabel, String[] names, double[] x, double[][] ys)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < ys.length; s++) {
            XYSeries series = new XYSeries(names[s], false, true);
            for (int i = 0; i < Math.min(x.length, ys[s].length); i++) {
                if (Double.isFinite(ys[s][i])) series.add(x[i], ys[s][i]);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xlabel, ylabel, data, PlotOrientation.VERTICAL,
                ys.length > 1, false, false);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        AtomicFiles.write(file, tmp -> {
            if (name.endsWith(".svg")) {
                SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
                chart.draw(g, new java.awt.Rectangle(WIDTH, HEIGHT));
                Files.writeString(tmp, g.getSVGDocument());
            } else {
                ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
            }
        });
    }
}
