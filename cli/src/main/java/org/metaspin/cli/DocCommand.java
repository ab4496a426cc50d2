package org.metaspin.cli;

import java.util.concurrent.Callable;
import org.metaspin.compiler.Docs;
import org.metaspin.compiler.check.Suggest;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin doc NAME` (§13): a builtin, kind, property (`Keff`, `Device.Delta`), unit (`nm`),
 * dimension type (`Length`), keyword (`sweep`) or standard-library name, qualified or short
 * (`std.materials.CoFeB`, `PtSynapse`); `--list` lists every name.
 */
@Command(name = "doc", mixinStandardHelpOptions = true,
        description = "Show the documentation of a builtin, kind, property, unit, type, keyword or standard-library name.")
final class DocCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--list", description = "list every documented name")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Docs docs = new Docs(RuntimeLibrary.get());
        var out = spec.commandLine().getOut();
        if (list) {
            for (String n : docs.allNames()) out.println(n);
            out.flush();
            return ExitCodes.OK;
        }
        if (name == null) {
            spec.commandLine().getErr().println("metaspin: doc needs a NAME (such as PtSynapse, nm or switching_probability), or --list");
            return ExitCodes.USAGE;
        }
        String d = docs.lookup(name);
        if (d == null) {
            String s = Suggest.closest(name, docs.names());
            spec.commandLine().getErr().println("metaspin: no documentation for `" + name + "`" + (s == null ? "" : "; did you mean `" + s + "`?"));
            return ExitCodes.USAGE;
        }
        out.print(d);
        out.flush();
        return ExitCodes.OK;
    }
}
