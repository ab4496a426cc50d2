package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.cli.Cli.Result;

class ThreadCountTest {
    @TempDir
    Path dir;

    @Test
    void limits() {
        assertNull(ThreadCount.problem(1, 2));
        assertNull(ThreadCount.problem(8, 2));
        assertEquals("--threads 9 is more than 4 per processor: this machine has 2 processors, so at most 8", ThreadCount.problem(9, 2));
        assertTrue(ThreadCount.problem(0, 2).contains("at least 1"));
    }

    @Test
    void aThousandThreadsIsAUsageErrorBeforeAnythingRuns() throws IOException {
        Path f = dir.resolve("p.msp");
        Files.writeString(f, "print(\"ran\")\n");
        int max = Runtime.getRuntime().availableProcessors() * ThreadCount.PER_PROCESSOR;
        Result r = Cli.exec("run", "--threads", Integer.toString(Math.max(1000, max + 1)), f.toString());
        assertEquals(64, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("at most " + max), r.err());
        Result ok = Cli.exec("run", "--threads", Integer.toString(max), f.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("ran\n", ok.out());
    }
}
