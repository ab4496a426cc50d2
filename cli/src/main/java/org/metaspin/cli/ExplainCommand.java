package org.metaspin.cli;

import java.util.concurrent.Callable;
import org.metaspin.compiler.diag.Code;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `metaspin explain CODE`: the long explanation of a diagnostic code (§14). */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a diagnostic code such as E0202.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CODE")
    String code;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        for (Code k : Code.values()) {
            if (k.name().equals(c)) {
                spec.commandLine().getOut().print(k.explanation());
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
        for (org.metaspin.runtime.api.RuntimeFailure.Code k : org.metaspin.runtime.api.RuntimeFailure.Code.values()) {
            if (k.name().equals(c)) {
                spec.commandLine().getOut().println(k.name() + ": " + k.meaning);
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
        }
        spec.commandLine().getErr().println("metaspin: unknown code `" + code + "`; codes look like E0202, W0001 or R0003");
        return ExitCodes.USAGE;
    }
}
