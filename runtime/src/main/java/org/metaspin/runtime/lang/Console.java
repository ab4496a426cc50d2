package org.metaspin.runtime.lang;

import java.io.PrintStream;

/**
 * Where a program's {@code print} goes. Standard output by default; a test or the REPL
 * redirects it for the current thread and the threads it starts.
 */
public final class Console {
    private static final InheritableThreadLocal<PrintStream> OUT = new InheritableThreadLocal<>();

    private Console() {}

    public static PrintStream out() {
        PrintStream p = OUT.get();
        return p != null ? p : System.out;
    }

    /** Redirects this thread's output; null restores standard output. */
    public static void redirect(PrintStream stream) {
        if (stream == null) OUT.remove(); else OUT.set(stream);
    }

    public static void println(String line) {
        out().println(line);
    }
}
