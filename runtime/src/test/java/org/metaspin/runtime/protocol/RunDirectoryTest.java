package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run directories are never shared. A run's id has no per-process state (a UTC second and 64
 * bits of the system's secure random source, created with create-new semantics), so processes
 * starting at once are emulated here by threads starting in the same second; the forced clashes
 * reproduce the old per-process counter, under which two processes drew the same names.
 */
class RunDirectoryTest {
    @TempDir
    Path out;

    private static final Instant SAME_SECOND = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void processesDrawingTheSameIdsStillGetDistinctDirectories() throws Exception {
        // 20 emulated processes whose id sources all start at 0, as the old per-process counter did
        List<Path> dirs = inParallel(20, () -> {
            AtomicLong counter = new AtomicLong();
            return RunDirectory.create(out, "", SAME_SECOND, counter::getAndIncrement);
        });
        assertEquals(20, new HashSet<>(dirs).size(), "no two share a folder: " + dirs);
        assertEquals(20, count(out));
    }

    @Test
    void fourHundredRunsStartedAtOnceGetFourHundredFixedWidthNames() throws Exception {
        List<Path> dirs = inParallel(400, () -> RunDirectory.create(out, "", SAME_SECOND));
        Set<String> names = new HashSet<>();
        for (Path d : dirs) {
            String name = d.getFileName().toString();
            assertTrue(name.matches("20260101-000000-[0-9a-f]{16}"), name);
            names.add(name);
        }
        assertEquals(400, names.size());
        assertEquals(400, count(out));
    }

    @Test
    void anIdSourceThatOnlyClashesIsAnErrorNotASharedFolder() throws IOException {
        Path first = RunDirectory.create(out, "sweep-", SAME_SECOND, () -> 7);
        assertTrue(first.getFileName().toString().endsWith("-0000000000000007"), first.toString());
        IOException e = assertThrows(IOException.class, () -> RunDirectory.create(out, "sweep-", SAME_SECOND, () -> 7));
        assertTrue(e.getMessage().contains("no free run directory name"), e.getMessage());
        assertEquals(1, count(out));
    }

    private static List<Path> inParallel(int n, Callable<Path> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Path>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) fs.add(pool.submit(task));
            List<Path> dirs = new ArrayList<>();
            for (Future<Path> f : fs) dirs.add(f.get());
            return dirs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
