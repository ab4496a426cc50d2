package org.metaspin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.repl.RuntimeErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `metaspin run FILE`: compile and run (§13). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Compile a .msp file and run it.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .msp program")
    Path file;

    @Option(names = "--path", paramLabel = "DIR", description = "another folder to look for imported modules in")
    List<Path> path = new ArrayList<>();

    @Option(names = "--trace", description = "show the Java stack of a run-time error")
    boolean trace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        int[] exit = {0};
        Compiler.Result r = Build.compile(file, path, true, err, exit);
        if (r == null || !r.ok()) return exit[0];
        try {
            BigStack.call(() -> {
                new Program(r).run();
                return null;
            });
            return ExitCodes.OK;
        } catch (Throwable t) {
            System.out.flush();
            RuntimeErrors.print(t, r.sources(), trace, err);
            return ExitCodes.RUNTIME_ERROR;
        }
    }
}
