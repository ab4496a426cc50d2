package org.metaspin.runtime.protocol;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metaspin.runtime.learn.train.TrainListener;
import org.metaspin.runtime.units.QuantityFormat;
import org.metaspin.runtime.units.UnitParser;

/**
 * Progress on standard error only (§11, §13), never on standard output, which stays the
 * program's own. Where a run goes is named when it starts. On a terminal a live status line
 * follows `train` (epoch, batch, loss, samples/s, ETA) and sweeps (k of n, ETA); off a
 * terminal there is one line per train call and per finished run, so a log file tells what
 * happened without a line per batch. {@code -q} silences all of it.
 */
final class Progress implements TrainListener {
    private static final Object LOCK = new Object();
    private static final ThreadLocal<Boolean> IN_SWEEP = ThreadLocal.withInitial(() -> false);
    private static final long REDRAW_NANOS = 100_000_000L;

    private final ThreadLocal<TrainState> train = new ThreadLocal<>();

    private Progress() {}

    private static final Progress INSTANCE = new Progress();

    /**
     * Follows the `train` calls of this process: for progress, and so that a run knows when
     * its training began (the baseline of §10.4), also with -q.
     */
    static void install() {
        TrainListener.install(INSTANCE);
    }

    /** Marks the current thread as running one run of a sweep: the sweep reports for it. */
    static void inSweep(boolean on) { IN_SWEEP.set(on); }

    static boolean inSweep() { return IN_SWEEP.get(); }

    /** A note on standard error (-q silences it). */
    static void note(String text) {
        if (!RunSettings.quiet()) line(text);
    }

    private static volatile Boolean stderrIsTerminal;

    static boolean terminal() {
        if (RunSettings.err() != System.err) return false;
        Boolean t = stderrIsTerminal;
        if (t == null) {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                t = target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (Exception e) {
                t = System.console() != null;
            }
            stderrIsTerminal = t;
        }
        return t;
    }

    static void started(Run r) {
        if (RunSettings.quiet() || IN_SWEEP.get()) return;
        line("run " + r.title() + " -> " + r.directory());
    }

    static void reused(String protocol, RunArguments a, RunResult r) {
        if (RunSettings.quiet() || IN_SWEEP.get()) return;
        line("run " + protocol + "(" + a.display() + "): finished before, reused (--resume) -> " + r.directory());
    }

    static void evaluated(Run r, String which, double[] accuracies) {
        if (RunSettings.quiet() || IN_SWEEP.get() || !terminal()) return;
        StringBuilder sb = new StringBuilder("  ").append(r.protocol()).append(": ").append(which).append(", accuracy");
        for (double a : accuracies) sb.append(' ').append(String.format(Locale.ROOT, "%.3f", a));
        line(sb.append("  (").append(seconds(r.elapsed())).append(')').toString());
    }

    static void ended(Run r) {
        if (RunSettings.quiet() || IN_SWEEP.get()) return;
        Map<String, Double> devices = r.deviceTotals();
        Map<String, Object> shown = new LinkedHashMap<>(r.finalMetrics());
        // a device record's last value is one train call's; the line shows the run's totals instead
        if (!devices.isEmpty()) shown.keySet().removeAll(DEVICE_RECORDS);
        line(r.protocol() + " " + r.status() + " after " + seconds(r.elapsed()) + metrics(shown) + devices(devices));
    }

    static void sweepStarted(String protocol, int runs, Path dir) {
        if (RunSettings.quiet()) return;
        line("sweep " + protocol + ": " + runs + " run" + (runs == 1 ? "" : "s") + " -> " + dir);
        if (terminal()) status("sweep: 0 of " + runs + " runs");
    }

    /** Run {@code done} of {@code total} of a sweep ended, {@code elapsed} seconds after the sweep started. */
    static void sweepRunEnded(int done, int total, double elapsed, String what, RunResult r) {
        if (RunSettings.quiet()) return;
        if (terminal()) {
            double eta = elapsed / done * (total - done);
            status(String.format(Locale.ROOT, "sweep: %d of %d runs, %s, ETA %s", done, total, seconds(elapsed), clock(eta)));
            if (done == total) clearStatus();
        } else {
            String status = r == null ? "failed" : r instanceof ResumedRun ? "finished before, reused (--resume)" : r.status();
            line("  [" + done + "/" + total + "] " + what + " " + status + (r == null ? "" : " -> " + r.directory()));
        }
    }

    // ----------------------------------------------------------------- train calls

    private static final class TrainState {
        final String task;
        final long epochs;
        final long batches;
        final long samples;
        final long start = System.nanoTime();
        long lastDraw;
        long epoch = -1;
        double epochLoss;
        long epochSamples;
        double lastEpochLoss = Double.NaN;

        TrainState(String task, long epochs, long batches, long samples) {
            this.task = task;
            this.epochs = epochs;
            this.batches = batches;
            this.samples = samples;
        }
    }

    @Override
    public void started(String task, long epochs, long batches, long samples) {
        Run r = Run.current();
        if (r != null) r.trainingStarted();
        train.set(new TrainState(task, epochs, batches, samples));
    }

    @Override
    public void batch(long epoch, long batch, double loss, int samples) {
        TrainState s = train.get();
        if (s == null) return;
        if (epoch != s.epoch) {
            s.epoch = epoch;
            s.epochLoss = 0;
            s.epochSamples = 0;
        }
        s.epochLoss += loss * samples;
        s.epochSamples += samples;
        s.lastEpochLoss = s.epochLoss / s.epochSamples;
        long now = System.nanoTime();
        if (now - s.lastDraw < REDRAW_NANOS || RunSettings.quiet() || IN_SWEEP.get() || !terminal()) return;
        s.lastDraw = now;
        double elapsed = (now - s.start) / 1e9;
        long done = epoch * s.batches + batch + 1;
        long all = s.epochs * s.batches;
        double perSample = elapsed / (done * (double) s.samples / s.batches);
        double eta = elapsed / done * (all - done);
        status(String.format(Locale.ROOT, "train %s: epoch %d/%d, batch %d/%d, loss %.4f, %s samples/s, ETA %s",
                s.task, epoch + 1, s.epochs, batch + 1, s.batches, s.lastEpochLoss, QuantityFormat.formatReal(Math.round(1 / perSample)),
                clock(eta)));
    }

    @Override
    public void finished() {
        TrainState s = train.get();
        train.remove();
        if (s == null || RunSettings.quiet() || (IN_SWEEP.get() && terminal())) return;
        double elapsed = (System.nanoTime() - s.start) / 1e9;
        Run r = Run.current();
        clearStatus();
        line("  train " + s.task + (r != null ? " (" + r.protocol() + ")" : "") + ": " + s.epochs + " epoch"
                + (s.epochs == 1 ? "" : "s") + " of " + s.samples + " samples in " + seconds(elapsed) + ", "
                + QuantityFormat.formatReal(Math.round(s.epochs * s.samples / Math.max(elapsed, 1e-9))) + " samples/s, loss "
                + String.format(Locale.ROOT, "%.4f", s.lastEpochLoss) + (s.epochs == 1 ? "" : " in the last epoch"));
    }

    // ----------------------------------------------------------------- output

    private static boolean statusShown;

    /** A whole line; a live status line, if any, is cleared first. */
    private static void line(String text) {
        synchronized (LOCK) {
            PrintStream err = RunSettings.err();
            if (statusShown) err.print("\r\033[2K");
            statusShown = false;
            err.println(text);
            err.flush();
        }
    }

    /** The live status line of a terminal, redrawn in place. */
    private static void status(String text) {
        synchronized (LOCK) {
            PrintStream err = RunSettings.err();
            err.print("\r\033[2K" + text);
            err.flush();
            statusShown = true;
        }
    }

    private static void clearStatus() {
        synchronized (LOCK) {
            if (!statusShown) return;
            RunSettings.err().print("\r\033[2K");
            RunSettings.err().flush();
            statusShown = false;
        }
    }

    private static String metrics(Map<String, Object> m) {
        if (m.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(":");
        int shown = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (shown++ == 6) {
                sb.append(" …");
                break;
            }
            sb.append(' ').append(e.getKey()).append(' ').append(Sweep.cell(e.getValue(), 0));
        }
        return sb.toString();
    }

    private static final List<String> DEVICE_RECORDS = List.of("writes", "flips", "gates", "writeEnergy", "gateEnergy");

    /** "; devices: 296910 writes, 17980 flips, 684326 gates, 430.679 nJ" from run.json's energy totals. */
    private static String devices(Map<String, Double> t) {
        if (t.isEmpty()) return "";
        return String.format(Locale.ROOT, "; devices: %d writes, %d flips, %d gates, %s", Math.round(t.getOrDefault("writes", 0.0)),
                Math.round(t.getOrDefault("flips", 0.0)), Math.round(t.getOrDefault("gates", 0.0)),
                QuantityFormat.format(t.getOrDefault("energy_J", 0.0), JOULE));
    }

    private static final long JOULE = UnitParser.parseDimension("J").pack();

    static String seconds(double s) {
        return QuantityFormat.formatReal(s < 10 ? Math.round(s * 1000) / 1000.0 : Math.round(s * 10) / 10.0) + " s";
    }

    private static String clock(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
