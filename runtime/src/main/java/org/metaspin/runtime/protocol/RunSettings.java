package org.metaspin.runtime.protocol;

import java.nio.file.Path;

/**
 * What the command line says about runs (§13): where results go, the default seed, the
 * program's version and source hash for run.json. Set once before the program starts.
 */
public final class RunSettings {
    private static volatile Path out = Path.of("results");
    private static volatile long seed = 1;
    private static volatile boolean seedGiven;
    private static volatile String source = "";
    private static volatile String sourceHash = "";
    private static volatile String version = "dev";

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

    public static Path out() { return out; }

    public static long seed() { return seed; }

    public static boolean seedGiven() { return seedGiven; }

    public static String source() { return source; }

    public static String sourceHash() { return sourceHash; }

    public static String version() { return version; }
}
