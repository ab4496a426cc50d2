package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Path;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** `record` and `plot` (§11). */
public final class ProtocolBuiltins {
    private ProtocolBuiltins() {}

    @Builtin(doc = "Adds the row (name, value) to the current run's records.csv; the last value of each name is "
            + "also a final metric in run.json. A quantity is recorded in SI units. Outside a protocol there is no run "
            + "to record into: R0005.")
    public static void record(@Param(name = "name") String name, @Param(name = "value", dim = "*") double value) {
        Run r = Run.current();
        if (r == null) throw RuntimeFailure.invalid("`record(\"" + name + "\", …)` outside a protocol: there is no run to record into");
        r.record(name, value);
    }

    @Builtin(doc = "Writes a line plot of y against x, PNG or SVG by the file's extension, into the run's directory "
            + "(outside a protocol: the current directory). Values are plotted in SI units.")
    public static void plot(@Param(name = "x", dim = "*") double[] x, @Param(name = "y", dim = "*") double[] y,
                            @Param(name = "title", def = "\"\"") String title, @Param(name = "xlabel", def = "\"\"") String xlabel,
                            @Param(name = "ylabel", def = "\"\"") String ylabel, @Param(name = "file", def = "\"plot.png\"") String file) {
        if (x.length != y.length) {
            throw RuntimeFailure.invalid("plot: x has " + x.length + " values but y has " + y.length);
        }
        Run r = Run.current();
        Path dir = r != null ? r.directory() : Path.of(".");
        Path target = dir.resolve(file);
        try {
            Plots.line(target, title, xlabel, ylabel, new String[] {ylabel.isEmpty() ? "y" : ylabel}, x, new double[][] {y});
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot write the plot " + target + ": " + e.getMessage());
        }
    }
}
