package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A run's {@code records.csv} (§11): {@code step,time_s,name,value,unit}, one row appended
 * per `record` and handed to the operating system at once (one write call per row, never a
 * rewrite), so the cost of a row does not grow with the file and a killed run leaves whole
 * rows. Each name keeps the unit its first value chose, so its column reads in one unit.
 */
final class RecordsCsv implements AutoCloseable {
    static final String HEADER = "step,time_s,name,value,unit\n";

    private final OutputStream out;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, DisplayUnit> units = new HashMap<>();

    RecordsCsv(Path file) throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Appends a row; {@code step} -1 is the number of earlier rows of this name. */
    void append(long step, double timeS, String name, double si, long dim) throws IOException {
        int n = counts.merge(name, 1, Integer::sum) - 1;
        DisplayUnit u = units.computeIfAbsent(name, k -> DisplayUnit.of(dim, si));
        String row = (step < 0 ? n : step) + "," + String.format(java.util.Locale.ROOT, "%.3f", timeS) + "," + csv(name)
                + "," + number(u.show(si)) + "," + csv(u.unit()) + "\n";
        out.write(row.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The shortest text that reads back as the same double, "NaN", "inf" or "-inf". */
    static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
