package org.metaspin.runtime.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The default {@link SweepRunner}: the points in parallel on this machine's cores. */
final class LocalSweepRunner implements SweepRunner {
    static final LocalSweepRunner INSTANCE = new LocalSweepRunner();

    private LocalSweepRunner() {}

    @Override
    public List<PointResult> run(SweepJob job) {
        int threads = Math.max(1, Math.min(job.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-" + job.protocol());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PointResult>> futures = new ArrayList<>();
            for (int j = 0; j < job.size(); j++) {
                int point = j;
                futures.add(pool.submit(() -> job.runHere(point)));
            }
            List<PointResult> results = new ArrayList<>();
            for (Future<PointResult> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sweep ran", e);
        } catch (ExecutionException e) {
            // runHere catches what a run throws: this is a fault of the pool itself
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
