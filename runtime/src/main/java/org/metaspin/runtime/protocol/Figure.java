package org.metaspin.runtime.protocol;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/** A chart to draw into {@code file} (its format from the name) at {@code width} x {@code height} points. */
record Figure(Path file, JFreeChart chart, int width, int height) {}
