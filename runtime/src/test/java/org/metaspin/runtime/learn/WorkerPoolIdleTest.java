package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.learn.kernel.WorkerPool;

/** A pool of many threads costs nothing while idle, and still computes once called. */
class WorkerPoolIdleTest {
    private static final int THREADS = 33;

    @AfterEach
    void restore() {
        WorkerPool.setThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void idleWorkersUseNoCpu() throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        WorkerPool.setThreads(THREADS);
        List<Thread> workers = workers(THREADS - 1);
        Thread.sleep(1000);
        long cpu = 0;
        for (Thread t : workers) cpu += Math.max(0, mx.getThreadCpuTime(t.getId()));
        // a worker that spins at start (2^14 spin-waits) and then polls every millisecond burns
        // several ms per second each, about 200 ms over 32 workers; parked ones only their start-up
        assertTrue(cpu < 32_000_000L, "idle workers used " + cpu / 1_000_000 + " ms of CPU in 1 s");

        // and the pool still works: a sum over slices is what one thread computes
        long[] parts = new long[THREADS];
        WorkerPool.shared().forRange(THREADS * 1000, 1000, (from, to) -> {
            long s = 0;
            for (int i = from; i < to; i++) s += i;
            parts[from / 1000] = s;
        });
        long total = 0;
        for (long p : parts) total += p;
        long n = THREADS * 1000L;
        assertEquals(n * (n - 1) / 2, total);
    }

    /** The live workers of the current pool, waiting for an old pool's workers to end. */
    private static List<Thread> workers(int expected) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            List<Thread> ws = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("metaspin-learn-") && t.isAlive()).toList();
            if (ws.size() == expected) return ws;
            Thread.sleep(10);
        }
        throw new AssertionError("expected " + expected + " worker threads");
    }
}
