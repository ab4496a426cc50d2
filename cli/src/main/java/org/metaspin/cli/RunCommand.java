package org.metaspin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.metaspin.compiler.Compiler;
import org.metaspin.repl.RuntimeErrors;
import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.learn.kernel.WorkerPool;
import org.metaspin.runtime.protocol.RunSettings;
import org.metaspin.runtime.protocol.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** `metaspin run FILE`: compile and run (§13). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compile a .msp file and run it.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .msp program")
    Path file;

    @Option(names = "--path", paramLabel = "DIR", description = "another folder to look for imported modules in")
    List<Path> path = new ArrayList<>();

    @Option(names = "--trace", description = "show the Java stack of a run-time error")
    boolean trace;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "override a top-level let or a protocol parameter, e.g. --set m=1.5 --set T=350K")
    java.util.Map<String, String> sets = new java.util.LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "the seed of runs (and of a `seed` parameter, as --set seed=N)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "where runs write their results (default: results)")
    Path out = Path.of("results");

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for training and simulation (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "reuse every run of the same source, arguments and seed that finished; run the rest")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "run only part K of N of every sweep (point i is part i mod N + 1); `metaspin runs merge` joins the parts")
    String shard;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        String badThreads = threads == null ? null : ThreadCount.problem(threads, Runtime.getRuntime().availableProcessors());
        if (badThreads != null) {
            err.println("metaspin: " + badThreads);
            return ExitCodes.USAGE;
        }
        String badShard = shard == null ? null : Shard.problem(shard);
        if (badShard != null) {
            err.println("metaspin: " + badShard);
            return ExitCodes.USAGE;
        }
        int[] exit = {0};
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(sets);
        // --seed also sets a `seed` parameter or let, when the program has one
        boolean seedAsSet = seed != null && !all.containsKey("seed");
        if (seedAsSet) all.put("seed", Long.toString(seed));
        long compileStart = System.nanoTime();
        if (Phases.ON) Phases.STARTUP.addNanos(sinceProcessStart());
        Compiler.Result r = Build.compile(file, path, true, all, seedAsSet ? java.util.Set.of("seed") : java.util.Set.of(), true, main.common.colors(), err, exit);
        if (r == null || !r.ok()) return exit[0];
        Phases.COMPILE.addNanos(System.nanoTime() - compileStart);
        if (threads != null) {
            WorkerPool.setThreads(threads);
            System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", Integer.toString(threads));
        }
        RunSettings.configure(out, seed, file.toString(), Build.hash(file), Version.get());
        List<String> words = new ArrayList<>(List.of("metaspin"));
        words.addAll(spec.commandLine().getParseResult().originalArgs());
        // progress on the process's standard error itself, so that it can tell whether that is a terminal
        RunSettings.session(words, Boolean.getBoolean("metaspin.quiet"), resume, Main.onProcessStreams() ? System.err : err);
        RunSettings.distribution(
                shard == null ? Shard.ALL : Shard.parse(shard), sets);
        final Compiler.Result program = r;
        try {
            BigStack.call(() -> {
                main.launcher.launch(program);
                return null;
            });
            return ExitCodes.OK;
        } catch (Throwable t) {
            System.out.flush();
            // SIGINT or SIGTERM: the runs say `interrupted`; what failed while the process was ending is no error of the program
            if (RunSettings.stopping()) return ExitCodes.RUNTIME_ERROR;
            RuntimeErrors.print(t, program.sources(), trace, err);
            return RuntimeErrors.isInternal(t) ? ExitCodes.INTERNAL : ExitCodes.RUNTIME_ERROR;
        } finally {
            if (Phases.ON) Phases.report(err, sinceProcessStart());
        }
    }

    /**
     * Nanoseconds since the JVM started, by its own clock (the process's start instant on Linux
     * is rebuilt from the boot time in whole seconds, off by up to one); the launcher script's
     * time before it is not included. Only asked when profiling.
     */
    private static long sinceProcessStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    }
}
