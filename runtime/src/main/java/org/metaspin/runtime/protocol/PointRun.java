package org.metaspin.runtime.protocol;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.lang.Json;
import org.metaspin.runtime.physics.PhysicsSeed;

/**
 * One point of a sweep, run on another machine than the program's (a Spark executor): the
 * program's top-level statements run again there, so that the sweep's values are what they
 * are on the driver, but no run starts except the point's, and the program stops once the
 * point has ended. Its {@code print} output and its result come back as a report; the run's
 * files are under {@code out}. Same program, arguments and seed: the same numbers, bit for
 * bit, since every random stream of the runtime is keyed by the seed (§9, §10).
 */
public final class PointRun {
    private PointRun() {}

    /** The program's top-level statements (the compiled main module's initializer). */
    @FunctionalInterface
    public interface Program {
        void run() throws Throwable;
    }

    /** Ends the program once its point is done: nothing after it is this machine's. */
    private static final class Done extends Error {
        Done() { super(null, null, false, false); }
    }

    private static final ThreadLocal<PointResult> RESULT = new ThreadLocal<>();
    private static final ThreadLocal<ByteArrayOutputStream> OUTPUT = new ThreadLocal<>();

    /**
     * Runs {@code program} on this thread for point {@code point} (from 0) of its top-level
     * sweep number {@code sweep} (from 1), its runs writing under {@code out}; returns the
     * report {@link PointResult#fromReport} reads: status, the run's directory relative to
     * {@code out}, exact results or the error, and what the point printed.
     */
    public static String execute(Program program, int sweep, int point, Path out) {
        ProgramScope previous = ProgramScope.current();
        ProgramScope scope = ProgramScope.beginPoint(new ProgramScope.Point(sweep, point, out));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        OUTPUT.set(printed);
        RESULT.remove();
        long seedBefore = PhysicsSeed.get();
        PhysicsSeed.set(RunSettings.seed());
        // what the top-level statements print is the driver's to print, once
        Console.redirect(new PrintStream(OutputStream.nullOutputStream()));
        PointResult result;
        try {
            program.run();
            result = PointResult.failed(new IllegalStateException("the program ended without reaching point " + point
                    + " of its sweep number " + sweep + " (it must run the same sweeps in the same order on every machine)"), null);
        } catch (Done d) {
            result = RESULT.get();
        } catch (Throwable t) {
            // before the point: the top-level statements failed here (a data file missing on this machine?)
            result = PointResult.failed(t, null);
        } finally {
            Console.redirect(null);
            PhysicsSeed.set(seedBefore);
            ProgramScope.restore(previous);
            RESULT.remove();
            OUTPUT.remove();
        }
        Map<String, Object> report = SweepRecord.entry(point, null, result, out);
        report.put("output", printed.toString(StandardCharsets.UTF_8));
        return Json.write(report, false);
    }

    /** The program reached its point (from {@link Sweep#run}): run it, keep its result, end the program. */
    static void reached(Supplier<PointResult> point) {
        PrintStream out = new PrintStream(OUTPUT.get() != null ? OUTPUT.get() : OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Console.redirect(out);
        try {
            RESULT.set(point.get());
        } finally {
            out.flush();
            Console.redirect(new PrintStream(OutputStream.nullOutputStream()));
        }
        throw new Done();
    }
}
