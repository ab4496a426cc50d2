package org.metaspin.repl;

import java.io.PrintStream;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Prints a run-time error as §14 says: {@code runtime error[Rnnnn]: message}, then the
 * `.msp` file:line of each frame, innermost first. Java frames only with {@code --trace}.
 * Shared by `metaspin run` and the REPL.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    public static void print(Throwable t, Map<String, String> sources, boolean trace, PrintStream err) {
        String code;
        String message;
        if (t instanceof RuntimeFailure f) {
            code = f.code().name();
            message = f.getMessage();
        } else if (t instanceof StackOverflowError) {
            code = "R0005";
            message = "recursion too deep: the stack overflowed";
        } else if (t instanceof OutOfMemoryError) {
            code = "R0005";
            message = "out of memory";
        } else {
            code = "R0005";
            message = "internal error: " + t + (trace ? "" : " (run with --trace for the Java stack)");
        }
        err.println("runtime error[" + code + "]: " + message);
        int shown = 0;
        String last = null;
        int repeats = 0;
        for (StackTraceElement e : t.getStackTrace()) {
            String file = sources.get(e.getClassName());
            if (file == null || e.getLineNumber() < 0) continue;
            String method = e.getMethodName();
            String where = file + ":" + e.getLineNumber() + (method.startsWith("$") ? "" : " (in " + display(method) + ")");
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
        if (trace) t.printStackTrace(err);
    }

    private static String display(String method) {
        if (method.startsWith("lambda$")) return "a lambda";
        if (method.startsWith("fn$")) return method.substring(3, method.lastIndexOf('$'));
        if (method.startsWith("sweep$")) return "a sweep";
        if (method.endsWith("$body")) return method.substring(0, method.length() - 5);
        int d = method.indexOf("$default$");
        return d > 0 ? "the defaults of " + method.substring(0, d) : method;
    }
}
