package org.metaspin.repl;

import java.io.PrintStream;
import java.util.Map;
import org.metaspin.compiler.gen.JvmNames;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Prints a run-time error as §14 says: {@code runtime error[Rnnnn]: message}, then the
 * `.msp` file:line of each frame, innermost first. Java frames only with {@code --trace}.
 * Shared by `metaspin run` and the REPL.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    /**
     * Whether {@code t} is a failure of metaspin rather than of the program: anything but a
     * {@link RuntimeFailure}, a stack overflow (deep recursion) or running out of memory.
     * It is reported as a bug (`metaspin run` exits 70), never as an Rnnnn of §14.
     */
    public static boolean isInternal(Throwable t) {
        return !(t instanceof RuntimeFailure || t instanceof StackOverflowError || t instanceof OutOfMemoryError);
    }

    public static void print(Throwable t, Map<String, String> sources, boolean trace, PrintStream err) {
        String code;
        String message;
        if (isInternal(t)) {
            String at = innermost(t, sources);
            err.println("metaspin: internal error while running the program (" + firstLine(t) + (at == null ? "" : ", at " + at)
                    + "); this is a bug in metaspin, not in your program: please report it with the program"
                    + (trace ? "" : " (--trace shows the Java stack)"));
            if (trace) t.printStackTrace(err);
            return;
        }
        if (t instanceof RuntimeFailure f) {
            code = f.code().name();
            message = f.getMessage();
        } else if (t instanceof StackOverflowError) {
            code = "R0005";
            message = "recursion too deep: the stack overflowed";
        } else {
            code = "R0005";
            message = "out of memory";
        }
        err.println("runtime error[" + code + "]: " + message);
        frames(t, sources, err);
        if (trace) t.printStackTrace(err);
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage();
        if (m == null) return t.getClass().getName();
        int nl = m.indexOf('\n');
        return t.getClass().getName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }

    /** The `.msp` file:line of the innermost frame in a program's code, or null. */
    private static String innermost(Throwable t, Map<String, String> sources) {
        for (StackTraceElement e : t.getStackTrace()) {
            String file = sources.get(e.getClassName());
            if (file != null && e.getLineNumber() >= 0) return file + ":" + e.getLineNumber();
        }
        return null;
    }

    /** The `.msp` file:line of each frame, innermost first, runs of one frame folded. */
    private static void frames(Throwable t, Map<String, String> sources, PrintStream err) {
        int shown = 0;
        String last = null;
        StackTraceElement inner = null;
        int repeats = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            String file = sources.get(e.getClassName());
            if (file == null || e.getLineNumber() < 0) continue;
            // a protocol's own method only opens and closes the run around its body: one frame, not two
            boolean opensRun = inner != null && inner.getClassName().equals(e.getClassName())
                    && JvmNames.isBodyOf(inner.getMethodName(), e.getMethodName());
            inner = e;
            if (opensRun) continue;
            String where = file + ":" + e.getLineNumber() + in(JvmNames.origin(e.getMethodName()));
            if (where.equals(last)) {
                repeats++;
                continue;
            }
            if (repeats > 0) err.println("  ... repeated " + repeats + " more time" + (repeats == 1 ? "" : "s"));
            repeats = 0;
            last = where;
            if (shown++ < 40) err.println("  at " + where);
        }
        if (repeats > 0) err.println("  ... repeated " + repeats + " more time" + (repeats == 1 ? "" : "s"));
    }

    /** Where in the program a frame's method is, as the frame's suffix: nothing for top-level code. */
    private static String in(JvmNames.Origin origin) {
        if (origin instanceof JvmNames.Origin.Named n) return " (in " + n.name() + ")";
        if (origin instanceof JvmNames.Origin.Lambda) return " (in a lambda)";
        if (origin instanceof JvmNames.Origin.SweepRun) return " (in a sweep)";
        if (origin instanceof JvmNames.Origin.Defaults d) return " (in the defaults of " + d.name() + ")";
        return "";
    }
}
