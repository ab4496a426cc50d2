package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.LongSupplier;

/**
 * Creates a run's (or a sweep's) directory: {@code <UTC second>-<16 hex digits>}, fixed
 * width, so names sort by start time. The 64 random bits come from the system's secure
 * source, so two processes starting in the same second do not pick the same name; and the
 * directory is created exclusively (create-new), so even a clash cannot make two runs share
 * a folder: the loser draws the next id.
 */
final class RunDirectory {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 100;

    private RunDirectory() {}

    /** A new directory {@code parent/<prefix><stamp>-<id>}; the parent is created if needed. */
    static Path create(Path parent, String prefix, Instant start) throws IOException {
        return create(parent, prefix, start, RANDOM::nextLong);
    }

    /** As {@link #create(Path, String, Instant)} with the ids drawn from {@code ids}; tests force clashes with it. */
    static Path create(Path parent, String prefix, Instant start, LongSupplier ids) throws IOException {
        Files.createDirectories(parent);
        IOException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            Path p = parent.resolve(prefix + STAMP.format(start) + "-" + String.format("%016x", ids.getAsLong()));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                last = e;
            }
        }
        throw new IOException("no free run directory name in " + parent + " after " + ATTEMPTS + " attempts", last);
    }
}
