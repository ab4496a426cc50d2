package org.metaspin.cli;

import java.util.concurrent.Callable;
import org.metaspin.compiler.Docs;
import org.metaspin.compiler.check.Suggest;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `metaspin doc NAME` (§13): a builtin, kind, property (`Device.Delta`) or stdlib name (`std.materials.CoFeB`). */
@Command(name = "doc", mixinStandardHelpOptions = true, description = "Show the documentation of a builtin, kind, property or stdlib name.")
final class DocCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Docs docs = new Docs(RuntimeLibrary.get());
        String d = docs.lookup(name);
        if (d == null) {
            String s = Suggest.closest(name, docs.names());
            spec.commandLine().getErr().println("metaspin: no documentation for `" + name + "`" + (s == null ? "" : "; did you mean `" + s + "`?"));
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().print(d);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
