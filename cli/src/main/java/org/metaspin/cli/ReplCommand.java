package org.metaspin.cli;

import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.metaspin.repl.Repl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `metaspin repl`: the interactive shell on a terminal; read from standard input otherwise (§13). */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "The interactive MetaSpin shell; with standard input not a terminal, runs its inputs and exits non-zero if one failed.")
final class ReplCommand implements Callable<Integer> {
    @Option(names = "--path", paramLabel = "DIR", description = "another folder to look for imported modules in")
    List<Path> path = new ArrayList<>();

    @Option(names = "--no-history", description = "do not read or write ~/.metaspin/history")
    boolean noHistory;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Repl.Options options = new Repl.Options(path, noHistory ? null : Repl.Options.defaultHistory(), main.common.color);
        if (System.console() != null) {
            try (Terminal terminal = TerminalBuilder.builder().system(true).name("metaspin").build()) {
                return Repl.interactive(terminal, options);
            }
        }
        PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
        return Repl.script(new InputStreamReader(System.in, StandardCharsets.UTF_8), out, err,
                new Repl.Options(path, null));
    }

    /** Plain `metaspin` starts the shell when standard input and output are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }
}
