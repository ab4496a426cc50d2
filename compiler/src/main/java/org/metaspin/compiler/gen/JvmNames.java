package org.metaspin.compiler.gen;

/**
 * The names of what the generator makes, written and read back only here: a module's class
 * ({@code lab.devices} is {@code msp/lab/devices}), its static fields and the methods that
 * hold no declaration of their own name ({@code $init}, {@code P$body}, {@code f$default$1},
 * {@code fn$inner$0}, {@code sweep$2}, {@code lambda$3}). A run-time error reads a frame's
 * method name back with {@link #origin} to say where in the program it happened.
 */
public final class JvmNames {
    private JvmNames() {}

    static final String INIT = "$init";
    static final String INITIALIZED = "$initialized";
    private static final String INIT_CHUNK = "$init$";
    private static final String BODY = "$body";
    private static final String DEFAULT = "$default$";
    private static final String NESTED = "fn$";
    private static final String SWEEP = "sweep$";
    private static final String LAMBDA = "lambda$";

    /** The internal name of a module's class. */
    public static String moduleClass(String module) {
        return "msp/" + module.replace('.', '/');
    }

    /** The binary name of a module's class, as a class loader knows it. */
    public static String moduleBinaryName(String module) {
        return moduleClass(module).replace('/', '.');
    }

    /** The {@code c}-th method of top-level statements, called by {@link #INIT}. */
    static String initChunk(int c) {
        return INIT_CHUNK + c;
    }

    /** The static field that says whether the top-level binding {@code name} has been assigned. */
    static String setFlag(String name) {
        return name + "$set";
    }

    /** The static field that holds the lazily built value of a parameterless declaration. */
    static String kindField(String name) {
        return "kind$" + name;
    }

    /** The method of a protocol's body; the protocol's own method opens and closes its run around it. */
    static String protocolBody(String protocol) {
        return protocol + BODY;
    }

    /** Whether {@code method} is the body of the protocol whose own method is {@code protocol}. */
    public static boolean isBodyOf(String method, String protocol) {
        return method.equals(protocolBody(protocol));
    }

    /** The method computing the default of parameter {@code index} of the method {@code owner}. */
    static String defaultOf(String owner, int index) {
        return owner + DEFAULT + index;
    }

    /** The method of a function declared inside another; {@code n} keeps equal names apart. */
    static String nestedFunction(String name, int n) {
        return NESTED + name + "$" + n;
    }

    static String sweepBody(int n) {
        return SWEEP + n;
    }

    static String lambda(int n) {
        return LAMBDA + n;
    }

    /** What the generated method {@code method} holds, as a reader of the program knows it. */
    public sealed interface Origin {
        /** Top-level statements or other code of the module itself ({@code $init}, {@code main}). */
        record TopLevel() implements Origin {}

        /** A function, protocol or declaration of this name. */
        record Named(String name) implements Origin {}

        record Lambda() implements Origin {}

        record SweepRun() implements Origin {}

        /** The defaults of the parameters of {@code name}. */
        record Defaults(String name) implements Origin {}
    }

    public static Origin origin(String method) {
        if (method.startsWith(LAMBDA)) return new Origin.Lambda();
        if (method.startsWith(SWEEP)) return new Origin.SweepRun();
        if (method.startsWith("$")) return new Origin.TopLevel();
        int d = method.indexOf(DEFAULT);
        if (d > 0) return new Origin.Defaults(sourceName(method.substring(0, d)));
        if (method.endsWith(BODY)) return new Origin.Named(method.substring(0, method.length() - BODY.length()));
        return new Origin.Named(sourceName(method));
    }

    /** The name in the source of the function whose method is {@code method}. */
    private static String sourceName(String method) {
        return method.startsWith(NESTED) ? method.substring(NESTED.length(), method.lastIndexOf('$')) : method;
    }
}
