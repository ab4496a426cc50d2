package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.UnitParser;
import org.metaspin.runtime.units.UnitTable;

/** plot and heatmap inside a run: formats, units on the axes, containment, clean errors. */
class FiguresTest {
    private static final long AMP = UnitParser.parse("A").dimension().pack();
    private static final long TESLA = UnitParser.parse("T").dimension().pack();

    @TempDir
    Path out;

    private Path run;

    @BeforeEach
    void startRun() {
        RunSettings.configure(out, null, "", "", "test");
        RunSettings.session(List.of("metaspin", "test"), true, false, System.err);
        Run.start("Fig", new String[] {"h"}, new Object[] {5e-3}, new long[] {TESLA});
        run = Run.current().directory();
    }

    @AfterEach
    void endRun() {
        Run.end(null);
    }

    private static void plot(double[] x, double[][] ys, String file, boolean logy) {
        FigureBuiltins.plot(x, ys, "P(I)", "current", "P", new String[] {"h = 1 mT", "h = 2 mT"}, false, logy, file, AMP, 0);
    }

    /**
     * A signal's shutdown hook closes the run under its lock, and drawing can block once the JVM
     * shuts down: a figure is drawn without the lock, so that the hook never waits for it.
     */
    @Test
    void aFigureIsDrawnWithoutTheRunsLockAndWrittenAfter() throws Exception {
        Run r = Run.current();
        java.util.concurrent.atomic.AtomicReference<Boolean> held = new java.util.concurrent.atomic.AtomicReference<>();
        org.jfree.chart.plot.Plot probe = new org.jfree.chart.plot.Plot() {
            @Override
            public String getPlotType() { return "probe"; }

            @Override
            public void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D area, java.awt.geom.Point2D anchor,
                             org.jfree.chart.plot.PlotState state, org.jfree.chart.plot.PlotRenderingInfo info) {
                held.set(Thread.holdsLock(r));
            }
        };
        FigureBuiltins.write(run.resolve("probe.png"), new org.jfree.chart.JFreeChart(probe), 120, 80);
        assertEquals(Boolean.FALSE, held.get(), "drawn, and without the run's lock");
        assertNotNull(ImageIO.read(run.resolve("probe.png").toFile()));
    }

    private static final double[] I = {1e-3, 2e-3, 3e-3};
    private static final double[][] P = {{0.1, 0.5, 0.9}, {0.2, 0.7, 0.99}};

    @Test
    void eachFormatIsValidAndTheAxisCarriesTheDisplayUnit() throws Exception {
        plot(I, P, "p.png", false);
        plot(I, P, "p.svg", false);
        plot(I, P, "p.pdf", false);
        BufferedImage png = ImageIO.read(run.resolve("p.png").toFile());
        assertNotNull(png);
        assertEquals(Plots.WIDTH * 2, png.getWidth());
        assertEquals(0xFFFFFF, png.getRGB(2, 2) & 0xFFFFFF, "white background");
        String svg = Files.readString(run.resolve("p.svg"), StandardCharsets.UTF_8);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", xml.newDocumentBuilder().parse(run.resolve("p.svg").toFile()).getDocumentElement().getNodeName());
        assertTrue(svg.contains("current (mA)"), "x axis in mA");
        assertTrue(svg.contains("h = 2 mT"), "legend");
        byte[] pdf = Files.readAllBytes(run.resolve("p.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "PDF header");
        assertTrue(text.contains("/Type /Page") || text.contains("/Type/Page"), "a page");
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary left");
        }
    }

    @Test
    void identicalFiguresGiveIdenticalSvgBytes() throws IOException {
        plot(I, P, "a.svg", true);
        plot(I, P, "b.svg", true);
        assertArrayEquals(Files.readAllBytes(run.resolve("a.svg")), Files.readAllBytes(run.resolve("b.svg")));
    }

    @Test
    void aFileNameThatLeadsOutOrHasAnotherExtensionIsR0005AndWritesNothing() throws IOException {
        Path outside = out.getParent().resolve("victim-" + System.nanoTime() + ".svg");
        for (String bad : new String[] {"../x.png", "sub/x.png", outside.toString(), "x.txt", "x", "..", ""}) {
            RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> plot(I, P, bad, false), bad);
            assertEquals(RuntimeFailure.Code.R0005, f.code(), bad);
        }
        Files.createSymbolicLink(run.resolve("link.png"), outside);
        assertEquals(RuntimeFailure.Code.R0005, assertThrows(RuntimeFailure.class, () -> plot(I, P, "link.png", false)).code());
        assertTrue(Files.notExists(outside), "nothing written outside the run directory");
        assertTrue(Files.notExists(out.resolve("x.png")) && Files.notExists(run.resolve("sub")));
    }

    @Test
    void hugeOrNaNValuesAreACleanError() {
        for (double bad : new double[] {1e308, Double.NaN, Double.POSITIVE_INFINITY}) {
            RuntimeFailure f = assertThrows(RuntimeFailure.class,
                    () -> FigureBuiltins.plot(new double[] {1, 2}, new double[] {1, bad}, "", "", "", new String[0], false, false,
                            "x.png", 0, 0));
            assertEquals(RuntimeFailure.Code.R0005, f.code());
            assertTrue(f.getMessage().contains("y[1]"), f.getMessage());
        }
    }

    @Test
    void heatmapDrawsARaggedMatrixInEveryFormat() throws IOException {
        double[][] m = {{0.9}, {0.5, 0.95}, {0.4, 0.6, 0.97}};
        for (String f : new String[] {"h.png", "h.svg", "h.pdf"}) FigureBuiltins.heatmap(m, "R", "task", "after", f, 0);
        assertNotNull(ImageIO.read(run.resolve("h.png").toFile()));
        assertTrue(Files.readString(run.resolve("h.svg")).contains("0.97"), "small matrices show their values");
    }

    @Test
    void tinyDimensionlessValuesGetAPowerOfTenInTheLabelNotTicksOfZero() throws IOException {
        double[] v = {1e-12, 1.02e-12, 1.07e-12};
        // on the x axis, whose label JFreeSVG writes as text (a rotated label becomes outlines)
        FigureBuiltins.plot(v, new double[] {0, 1, 2}, "", "value", "step", new String[0], false, false, "t.svg", 0, 0);
        String svg = Files.readString(run.resolve("t.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("value (×10⁻¹²)"), "the axis label carries the power of ten");
        assertTrue(svg.contains(">1.07<") || svg.contains(">1.06<") || svg.contains(">1.05<"), "ticks read in the label's unit");
    }

    /** The colour bar spans the plot's data area (rows of the PNG where each is non-white), not the axis label below it. */
    @Test
    void theColourBarSpansThePlotAndIntegerCellsReadAsIntegers() throws IOException {
        FigureBuiltins.heatmap(new double[][] {{1, 2, 3}, {4, 5, 6}}, "counts", "column", "row", "c.png", 0);
        var img = ImageIO.read(run.resolve("c.png").toFile());
        int[] plot = extent(img, img.getWidth() / 4);
        int[] bar = null;
        for (int x = img.getWidth() - 1; x > img.getWidth() / 2 && bar == null; x--) {
            int[] e = extent(img, x);
            // the bar's column: coloured from top to bottom without a white gap
            if (e[1] - e[0] > img.getHeight() / 3 && solid(img, x, e)) bar = e;
        }
        assertNotNull(bar, "a colour bar at the right");
        assertTrue(Math.abs(bar[0] - plot[0]) <= 2 && Math.abs(bar[1] - plot[1]) <= 2,
                "bar " + bar[0] + ".." + bar[1] + " against the plot's " + plot[0] + ".." + plot[1]);
        FigureBuiltins.heatmap(new double[][] {{1, 2, 3}, {4, 5, 6}}, "counts", "column", "row", "c.svg", 0);
        String svg = Files.readString(run.resolve("c.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">6<") && !svg.contains("6.00"), "integer cells without decimals");
    }

    /** First and last row of column {@code x} that is not white, between the title and the axis labels. */
    private static int[] extent(java.awt.image.BufferedImage img, int x) {
        int first = -1;
        int last = -1;
        for (int y = img.getHeight() / 10; y < img.getHeight() * 9 / 10; y++) {
            if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                if (first < 0) first = y;
                last = y;
            }
        }
        return new int[] {first, last};
    }

    private static boolean solid(java.awt.image.BufferedImage img, int x, int[] e) {
        for (int y = e[0]; y <= e[1]; y++) if ((img.getRGB(x, y) & 0xffffff) == 0xffffff) return false;
        return e[0] >= 0;
    }

    @Test
    void integerXIsDrawnOnIntegerTicks() throws IOException {
        FigureBuiltins.plot(new long[] {0, 1, 2, 3}, new double[] {100, 110, 125, 130}, "", "epoch", "count", new String[0],
                false, false, "i.svg", 0);
        String svg = Files.readString(run.resolve("i.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains(">3<") && !svg.contains(">2.5<") && !svg.contains(">0.5<"), "ticks 0, 1, 2, 3 only on x");
    }
}
