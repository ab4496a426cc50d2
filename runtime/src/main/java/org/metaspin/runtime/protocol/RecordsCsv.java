package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * A value for a CSV cell: 15 significant digits (what a double holds for sure, so the
     * noise of a unit conversion, 30.000000000000004 nm, reads 30), "NaN", "inf" or "-inf".
     */
    static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(FIFTEEN).stripTrailingZeros();
        return d.scale() <= 0 && d.precision() - d.scale() <= 15 ? d.toBigInteger().toString() : Double.toString(d.doubleValue());
    }

    private static final MathContext FIFTEEN = new MathContext(15, RoundingMode.HALF_EVEN);

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
