package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftover temporaries in a results folder that several hosts share (a cluster's). */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        RunSettings.configure(Path.of("results"), null, "", "", "dev");
    }

    @Test
    void onlyThisHostsTemporariesOfDeadProcessesAreRemoved() throws IOException {
        RunSettings.configure(dir, null, "", "", "dev");
        Path tmp = Files.createDirectories(dir.resolve(".tmp"));
        long dead = deadPid();
        String here = String.format("%08x", Provenance.host().hashCode());
        Path ours = Files.writeString(tmp.resolve(dead + "." + here + "-1-run.json"), "{");
        String other = here.equals("0badcafe") ? "0badcaff" : "0badcafe";
        Path theirs = Files.writeString(tmp.resolve(dead + "." + other + "-1-run.json"), "{");
        Path old = Files.writeString(tmp.resolve(dead + "-1-run.json"), "{");
        Path run = Files.createDirectories(dir.resolve("P").resolve("r"));
        AtomicFiles.writeString(run.resolve("run.json"), "{}\n");
        assertEquals("{}\n", Files.readString(run.resolve("run.json")));
        assertFalse(Files.exists(ours), "a dead process of this host left it");
        assertTrue(Files.exists(theirs), "another host's process may be writing it right now");
        assertTrue(Files.exists(old), "no host in the name: not judged");
    }

    private static long deadPid() {
        for (long p = 4_000_000; ; p++) if (ProcessHandle.of(p).isEmpty()) return p;
    }
}
