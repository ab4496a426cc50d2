package org.metaspin.cli;

import java.util.concurrent.Callable;
import org.metaspin.compiler.diag.Explanations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `metaspin explain CODE`: the long explanation of a diagnostic or run-time error code (§14). */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a diagnostic code such as E0202 or R0003.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "a code of LANGUAGE.md §14 (E0202, W0001, R0003)")
    String code;

    @Option(names = "--list", description = "list every code with its meaning")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (list) {
            for (String c : Explanations.codes()) out.println(c + "  " + Explanations.title(c));
            out.flush();
            return ExitCodes.OK;
        }
        if (code == null) {
            spec.commandLine().getErr().println("metaspin: explain needs a CODE (such as E0202), or --list");
            return ExitCodes.USAGE;
        }
        String text = Explanations.of(code);
        if (text == null) {
            spec.commandLine().getErr().println("metaspin: " + Explanations.unknown(code));
            return ExitCodes.USAGE;
        }
        out.print(text);
        out.flush();
        return ExitCodes.OK;
    }
}
