package org.metaspin.runtime.protocol;

import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.DimOf;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** `record` (§11); the figure builtins are in {@link FigureBuiltins}. */
public final class ProtocolBuiltins {
    private ProtocolBuiltins() {}

    @Builtin(doc = "Appends the row (step, time, name, value, unit) to the current run's records.csv, the value in its "
            + "display unit; `step` -1 numbers the records of each name 0, 1, 2, …. The last value of each name is also in "
            + "run.json. Outside a protocol there is no run to record into: R0005.")
    public static void record(@Param(name = "name") String name, @Param(name = "value", dim = "*") double value,
                              @Param(name = "step", def = "-1") long step, @DimOf("value") long dim) {
        Run r = Run.current();
        if (r == null) throw RuntimeFailure.invalid("`record(\"" + name + "\", …)` outside a protocol: there is no run to record into");
        if (step < -1) throw RuntimeFailure.invalid("record: step must be >= 0 (or -1 for the next one), got " + step);
        r.record(name, value, step, dim);
    }
}
