package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a result file atomically (§11): the content is made in memory first, written to a
 * temporary file and renamed over the target, so a reader (or a kill) sees the old file or
 * the new one, never half of one. Temporaries of run files live in the results folder's
 * {@code .tmp/}, named {@code <pid>.<host>-<n>-<name>} ({@code <host>}: a hash of the host
 * name), never in a run's directory: a SIGKILL in the one write call can leave one there,
 * and the next process on the same host removes those of processes that no longer exist.
 * A results folder on a shared file system (the shards of a sweep on a cluster) is written
 * by processes of several hosts at once: a pid says nothing about another host's process, so
 * their temporaries are left alone. The shutdown hook (SIGINT, SIGTERM) removes those still
 * being written.
 */
final class AtomicFiles {
    private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    private static final String OWNER = PID + "." + String.format("%08x", Provenance.host().hashCode());

    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws IOException {
        // once a signal began the shutdown, only the hook writes (each run's final run.json)
        if (ActiveRuns.stopping() && !ActiveRuns.onHookThread()) throw new IOException("the process is ending");
        Path tmp = temporary(target);
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

    /** In the results folder's .tmp/ for a file under it (same file system: the rename is atomic), else a hidden sibling. */
    private static Path temporary(Path target) throws IOException {
        Path out = ProgramScope.current().out().toAbsolutePath().normalize();
        Path abs = target.toAbsolutePath().normalize();
        String name = OWNER + "-" + COUNTER.incrementAndGet() + "-" + target.getFileName();
        if (!abs.startsWith(out)) return target.resolveSibling("." + name + ".tmp");
        Path dir = Files.createDirectories(out.resolve(".tmp"));
        if (SWEPT.add(dir)) removeOrphans(dir);
        return dir.resolve(name);
    }

    /** Temporaries left by processes that died in a write (SIGKILL, power loss). */
    private static void removeOrphans(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                int dash = n.indexOf('-');
                if (dash <= 0) continue;
                int dot = n.indexOf('.');
                // another host's, or of the format before hosts were named: not ours to judge
                if (dot <= 0 || dot > dash || !n.substring(dot, dash).equals(OWNER.substring(OWNER.indexOf('.')))) continue;
                try {
                    long pid = Long.parseLong(n.substring(0, dot));
                    if (pid != PID && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                    if (pid != PID) Files.deleteIfExists(f);
                } catch (NumberFormatException | IOException e) {
                    // not one of ours, or gone already
                }
            }
        } catch (IOException e) {
            // nothing to tidy
        }
    }

    /** Deletes the temporaries of writes still under way (the process is ending). */
    static void removeTemporaries() {
        for (Path p : TEMPORARIES) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the process ends either way; a leftover temporary is removed by the next run
            }
        }
    }
}
