package org.metaspin.runtime.learn.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.api.RuntimeFailure;

/** A numeric CSV table whose last column is an integer class label. */
final class CsvTable {
    final double[] features;
    final int[] labels;
    final int width;

    private CsvTable(double[] features, int[] labels, int width) {
        this.features = features;
        this.labels = labels;
        this.width = width;
    }

    /** Parses {@code bytes}; {@code skipHeader} drops the first line. Malformed content is R0005 naming {@code what}. */
    static CsvTable parse(byte[] bytes, boolean skipHeader, String what) {
        String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\r?\n");
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int i = skipHeader ? 1 : 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            String[] cells = line.split(",");
            if (width < 0) width = cells.length;
            if (cells.length != width || width < 2) {
                throw RuntimeFailure.invalid(what + ": line " + (i + 1) + " has " + cells.length + " columns, expected " + width);
            }
            double[] row = new double[width];
            for (int j = 0; j < width; j++) {
                try {
                    row[j] = Double.parseDouble(cells[j].trim());
                } catch (NumberFormatException e) {
                    throw RuntimeFailure.invalid(what + ": line " + (i + 1) + ": `" + cells[j] + "` is not a number");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) throw RuntimeFailure.invalid(what + " has no data rows");
        int d = width - 1;
        double[] x = new double[rows.size() * d];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            System.arraycopy(r, 0, x, i * d, d);
            double label = r[d];
            if (label < 0 || label != Math.rint(label)) throw RuntimeFailure.invalid(what + ": row " + i + " has label " + label + ", not a class index");
            y[i] = (int) label;
        }
        return new CsvTable(x, y, d);
    }
}
