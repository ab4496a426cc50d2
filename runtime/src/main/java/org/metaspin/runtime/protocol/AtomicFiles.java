package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a result file atomically (§11): the content is made in memory first, written to a
 * hidden sibling and renamed over the target, so a reader (or a kill) sees the old file or
 * the new one, never half of one. The sibling exists only for the one write call; the
 * shutdown hook removes any that a signal interrupted.
 */
final class AtomicFiles {
    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        TEMPORARIES.add(tmp);
        try {
            // create-new refuses a link planted at the temporary's name: it is removed, never followed
            Files.deleteIfExists(tmp);
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            TEMPORARIES.remove(tmp);
        }
    }

    static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the temporaries of writes still under way (the process is ending). */
    static void removeTemporaries() {
        for (Path p : TEMPORARIES) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the process ends either way; a leftover hidden file is all that remains
            }
        }
    }
}
