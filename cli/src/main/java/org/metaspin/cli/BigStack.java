package org.metaspin.cli;

/**
 * Runs compilation and programs on a thread with a large stack: deeply nested source or a
 * deeply recursive `.msp` function then needs no JVM flag, and an overflow that still
 * happens is caught and reported, never a Java stack trace.
 */
final class BigStack {
    private static final long STACK = 512L * 1024 * 1024;

    private BigStack() {}

    /** A body that may throw anything: a program's failure is reported by the caller. */
    interface Body<T> {
        T call() throws Throwable;
    }

    static <T> T call(Body<T> body) throws Throwable {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "metaspin", STACK);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }
}
