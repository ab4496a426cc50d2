package org.metaspin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.InternalFailure;
import org.metaspin.compiler.diag.JsonRenderer;
import org.metaspin.compiler.diag.SarifRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `metaspin check FILE…`: type-check only; exit 1 on errors (§13, §14). */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check .msp files without running them.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .msp files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif")
    Format format = Format.text;

    @Option(names = "--path", paramLabel = "DIR", description = "another folder to look for imported modules in")
    List<Path> path = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true);
        int worst = ExitCodes.OK;
        List<Diagnostic> all = new ArrayList<>();
        List<InternalFailure> internal = new ArrayList<>();
        for (Path f : files) {
            int[] exit = {0};
            // text diagnostics go to stderr; json and sarif are the command's output (§15)
            Compiler.Result r = Build.compile(f, path, false, java.util.Map.of(), java.util.Set.of(), format == Format.text, err, exit);
            if (r != null) all.addAll(r.diagnostics().sorted());
            if (r != null) internal.addAll(r.diagnostics().internalFailures());
            worst = Math.max(worst, exit[0]);
        }
        if (format == Format.json) {
            out.print(new JsonRenderer().render(all));
            for (InternalFailure f : internal) out.println(new JsonRenderer().render(f));
        }
        if (format == Format.sarif) out.println(new SarifRenderer(Version.get()).render(all, internal));
        return worst;
    }
}
