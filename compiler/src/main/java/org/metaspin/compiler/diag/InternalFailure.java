package org.metaspin.compiler.diag;

/**
 * A failure of metaspin itself while compiling {@code file}: an exception that no phase turned
 * into a diagnostic. It is not a mistake in the program, so it has no code of §14; it is
 * reported as one line asking for a bug report, exit code 70 (EX_SOFTWARE of sysexits.h, as 64
 * and 66 are), a JSON object of code {@code internal} and a SARIF tool execution notification.
 */
public record InternalFailure(String file, String message) {
    /** What to tell the user about {@code t}, thrown while compiling {@code file}: one line. */
    public static InternalFailure of(String file, Throwable t) {
        String what = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()));
        return new InternalFailure(file, "internal error while compiling " + file + " (" + what
                + "); this is a bug in metaspin, not in your program: please report it with the program"
                + " (set METASPIN_TRACE=1 for the Java trace)");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
