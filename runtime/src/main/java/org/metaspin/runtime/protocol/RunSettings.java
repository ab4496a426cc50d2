package org.metaspin.runtime.protocol;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.physics.PhysicsSeed;

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
    private static volatile Shard shard = Shard.ALL;
    private static volatile Map<String, String> overrides = Map.of();
    private static volatile SweepRunner runner = LocalSweepRunner.INSTANCE;

    private RunSettings() {}

    public static void configure(Path outDir, Long seedOverride, String sourcePath, String hash, String toolVersion) {
        out = outDir;
        seedGiven = seedOverride != null;
        seed = seedOverride == null ? 1 : seedOverride;
        PhysicsSeed.set(seed);
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
        shard = Shard.ALL;
        overrides = Map.of();
        runner = LocalSweepRunner.INSTANCE;
        ProgramScope.begin();
        Progress.install();
    }

    /**
     * How this process takes part in the program's sweeps (after {@link #session}): {@code
     * part} of every sweep (--shard), with the --set overrides the parts must share.
     */
    public static void distribution(Shard part, Map<String, String> sets) {
        shard = part;
        overrides = Map.copyOf(new java.util.TreeMap<>(sets));
    }

    /** Runs the points of top-level sweeps elsewhere (after {@link #session}); the default is this machine's threads. */
    public static void runner(SweepRunner r) { runner = r; }

    /** What a machine that runs points of this program's sweeps needs to know of the command line. */
    public static Snapshot snapshot() {
        return new Snapshot(seedGiven ? seed : null, source, sourceHash, version, commandLine, quiet, resume,
                new java.util.TreeMap<>(overrides));
    }

    /**
     * The settings of {@link #configure} and {@link #session} in a form that travels to another
     * machine; {@link #adopt} installs them there.
     */
    public record Snapshot(Long seed, String source, String sourceHash, String version, List<String> commandLine,
                           boolean quiet, boolean resume, java.util.TreeMap<String, String> overrides) implements java.io.Serializable {}

    /** On a machine that runs points of a program started elsewhere: the settings it was started with. */
    public static synchronized void adopt(Snapshot s, Path outDir, PrintStream errStream) {
        configure(outDir, s.seed(), s.source(), s.sourceHash(), s.version());
        session(s.commandLine(), s.quiet(), s.resume(), errStream);
        overrides = Map.copyOf(s.overrides());
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

    static Shard shard() { return shard; }

    static Map<String, String> overrides() { return overrides; }

    static SweepRunner runner() { return runner; }

    static boolean quiet() { return quiet; }

    static boolean resume() { return resume; }

    static PrintStream err() { return err; }
}
