package org.metaspin.runtime.api;

/**
 * A run-time error of a MetaSpin program (§14). The CLI prints
 * {@code runtime error[Rnnnn]: message} and the {@code .msp} frames of the stack trace.
 */
public final class RuntimeFailure extends RuntimeException {
    public enum Code {
        R0001("assertion failed"),
        R0002("index out of range"),
        R0003("NaN or infinity in training or physics"),
        R0004("file not found or unreadable"),
        R0005("invalid value");

        public final String meaning;

        Code(String meaning) { this.meaning = meaning; }
    }

    private final Code code;
    private boolean missingProperty;
    private String property;

    public RuntimeFailure(Code code, String message) {
        super(message);
        this.code = code;
    }

    public RuntimeFailure(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() { return code; }

    public static RuntimeFailure invalid(String message) { return new RuntimeFailure(Code.R0005, message); }

    /** R0005 for a property that is not set but needed; the compiler reports it as E0303 when it sees it (§8.1). */
    public static RuntimeFailure missing(String message) {
        RuntimeFailure f = new RuntimeFailure(Code.R0005, message);
        f.missingProperty = true;
        return f;
    }

    /**
     * R0005 for a declaration whose property {@code name} violates a constraint that involves
     * other properties too (`V0 > Vth`); the compiler reports it as E0304 at that property
     * when the declaration is constant (§8).
     */
    public static RuntimeFailure invalidProperty(String name, String message) {
        RuntimeFailure f = new RuntimeFailure(Code.R0005, message);
        f.property = name;
        return f;
    }

    /** The property that {@link #invalidProperty} names, or null. */
    public String property() { return property; }

    /** Whether this failure is an unset property that something needs. */
    public boolean missingProperty() { return missingProperty; }

    public static RuntimeFailure notFinite(String message) { return new RuntimeFailure(Code.R0003, message); }

    public static RuntimeFailure file(String message) { return new RuntimeFailure(Code.R0004, message); }
}
