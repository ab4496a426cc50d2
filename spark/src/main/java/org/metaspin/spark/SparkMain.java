package org.metaspin.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.metaspin.cli.Main;
import org.metaspin.compiler.Program;
import org.metaspin.runtime.protocol.RunSettings;

/**
 * {@code spark-submit [spark options] metaspin-spark.jar FILE [run options] [--shared]}: what
 * {@code metaspin run FILE} does, with the points of every top-level sweep run as Spark tasks
 * (docs/cluster.md). The driver compiles the program, runs its top-level statements and plain
 * runs, and writes each sweep's record; {@code --out DIR} is the results folder, and with
 * {@code --shared} it is one every executor sees, which they write into directly.
 */
public final class SparkMain {
    private SparkMain() {}

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit code of {@code metaspin run}. */
    static int execute(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of("run"));
        boolean shared = false;
        for (String a : args) {
            if (a.equals("--shared")) shared = true;
            else words.add(a);
        }
        boolean sharedFolder = shared;
        return Main.execute(words.toArray(String[]::new), out, err, program -> {
            try (SparkSweepRunner runner = new SparkSweepRunner(program.classes(), program.mainClass(), sharedFolder)) {
                RunSettings.runner(runner);
                new Program(program).run();
            }
        });
    }
}
