package org.metaspin.runtime.protocol;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command line says about runs (§13): where results go, the default seed, the
 * program's version and source hash for run.json, the command line itself, whether progress
 * is wanted (-q) and where it goes, and --resume. Set once before the program starts.
 */
public final class RunSettings {
    private static volatile Path out = Path.of("results");
    private static volatile long seed = 1;
    private static volatile boolean seedGiven;
    private static volatile String source = "";
    private static volatile String sourceHash = "";
    private static volatile String version = "dev";
    private static volatile List<String> commandLine = List.of();
    private static volatile boolean quiet;
    private static volatile boolean resume;
    private static volatile PrintStream err = System.err;

    private RunSettings() {}

    public static void configure(Path outDir, Long seedOverride, String sourcePath, String hash, String toolVersion) {
        out = outDir;
        seedGiven = seedOverride != null;
        seed = seedOverride == null ? 1 : seedOverride;
        org.metaspin.runtime.physics.PhysicsSeed.set(seed);
        source = sourcePath;
        sourceHash = hash;
        version = toolVersion;
    }

    /**
     * The rest of the command line's say: its words (for run.json), -q, --resume, and the
     * stream progress and run notes go to (standard error).
     */
    public static void session(List<String> words, boolean quietFlag, boolean resumeFlag, PrintStream errStream) {
        commandLine = List.copyOf(words);
        quiet = quietFlag;
        resume = resumeFlag;
        err = errStream;
        Progress.install();
    }

    /** Whether the process is ending on a signal (its runs are then {@code interrupted}). */
    public static boolean stopping() { return ActiveRuns.stopping(); }

    public static Path out() { return out; }

    public static long seed() { return seed; }

    public static boolean seedGiven() { return seedGiven; }

    public static String source() { return source; }

    public static String sourceHash() { return sourceHash; }

    public static String version() { return version; }

    static List<String> commandLine() { return commandLine; }

    static boolean quiet() { return quiet; }

    static boolean resume() { return resume; }

    static PrintStream err() { return err; }
}
