package org.metaspin.runtime.learn.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The shared fixed pool of the learning kernels. A call cuts [0, n) into contiguous
 * slices, one per thread, the caller taking the first. Kernels write every output element
 * from exactly one slice and sum in an order that does not depend on the slice bounds, so
 * results are bit-identical whatever the thread count.
 *
 * <p>Workers spin briefly after a slice, then park until the next call unparks them: a
 * training step issues a few dozen calls of a millisecond or less, too short for a
 * queue-and-future executor, and this design allocates nothing per call. A new worker
 * parks at once, so creating a pool costs no CPU however many threads it has (spinning
 * from the start made `--threads 1000` hang before the program began). One caller at a time owns the workers; another thread that
 * calls meanwhile (a parallel sweep run) simply computes its range itself.
 */
public final class WorkerPool {
    private static volatile WorkerPool shared;

    private final int threads;
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();

    private WorkerPool(int threads) {
        this.threads = threads;
        this.workers = new Worker[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker();
            Thread t = new Thread(workers[i], "metaspin-learn-" + (i + 1));
            t.setDaemon(true);
            workers[i].thread = t;
            t.start();
        }
    }

    /** The pool the kernels use; its size defaults to the number of processors. */
    public static WorkerPool shared() {
        WorkerPool p = shared;
        if (p == null) {
            synchronized (WorkerPool.class) {
                if (shared == null) shared = new WorkerPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
                p = shared;
            }
        }
        return p;
    }

    /** Replaces the shared pool by one of {@code n} threads (the CLI's {@code --threads}). */
    public static synchronized void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1");
        WorkerPool old = shared;
        if (old != null && old.threads == n) return;
        shared = new WorkerPool(n);
        if (old != null) old.shutdown();
    }

    public int threads() { return threads; }

    /** Runs {@code task} over [0, n) in slices of at least {@code grain} indices. */
    public void forRange(int n, int grain, RangeTask task) {
        int parts = Math.min(threads, Math.max(1, n / Math.max(1, grain)));
        if (parts <= 1 || !busy.compareAndSet(false, true)) {
            if (n > 0) task.run(0, n);
            return;
        }
        try {
            for (int w = 1; w < parts; w++) workers[w - 1].start(task, slice(n, parts, w), slice(n, parts, w + 1));
            task.run(0, slice(n, parts, 1));
            Throwable failure = null;
            for (int w = 1; w < parts; w++) {
                Throwable t = workers[w - 1].await();
                if (failure == null) failure = t;
            }
            if (failure instanceof RuntimeException r) throw r;
            if (failure instanceof Error e) throw e;
            if (failure != null) throw new IllegalStateException(failure);
        } finally {
            busy.set(false);
        }
    }

    private static int slice(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    private void shutdown() {
        for (Worker w : workers) {
            w.stop = true;
            LockSupport.unpark(w.thread);
        }
    }

    private static final class Worker implements Runnable {
        private static final int SPINS = 1 << 14;
        volatile RangeTask task;
        volatile boolean stop;
        volatile boolean done = true;
        int from;
        int to;
        Throwable failure;
        Thread thread;

        void start(RangeTask t, int from, int to) {
            this.from = from;
            this.to = to;
            this.failure = null;
            this.done = false;
            this.task = t; // volatile write publishes from/to
            LockSupport.unpark(thread);
        }

        Throwable await() {
            int spins = 0;
            while (!done) {
                if (++spins < SPINS) Thread.onSpinWait();
                else Thread.yield();
            }
            return failure;
        }

        @Override
        public void run() {
            int spins = SPINS; // idle until the first call
            while (!stop) {
                RangeTask t = task;
                if (t == null) {
                    // start() unparks after publishing the task, so parking without a timeout loses no wake-up
                    if (++spins < SPINS) Thread.onSpinWait();
                    else LockSupport.park(this);
                    continue;
                }
                spins = 0;
                task = null;
                try {
                    t.run(from, to);
                } catch (Throwable e) {
                    failure = e;
                }
                done = true;
            }
        }
    }
}
