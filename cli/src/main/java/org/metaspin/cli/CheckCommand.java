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
import org.metaspin.compiler.diag.UnreadableInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `metaspin check PATH…`: type-check only; exit 1 on errors, and on warnings with --deny-warnings (§13, §14). */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check .msp files without running them.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "the .msp files; a folder means every .msp file below it")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif")
    Format format = Format.text;

    @Option(names = "--root", paramLabel = "DIR",
            description = "the folder SARIF paths are relative to (default: the enclosing git work tree, else the current folder)")
    Path root;

    @Option(names = "--deny-warnings", description = "exit 1 when there are warnings, as for errors")
    boolean denyWarnings;

    @Option(names = "--path", paramLabel = "DIR", description = "another folder to look for imported modules in")
    List<Path> path = new ArrayList<>();

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true);
        int worst = ExitCodes.OK;
        List<Diagnostic> all = new ArrayList<>();
        List<InternalFailure> internal = new ArrayList<>();
        List<UnreadableInput> unreadable = new ArrayList<>();
        int denied = 0;
        for (Path f : SourceFiles.expand(files)) {
            int[] exit = {0};
            // text diagnostics go to stderr; json and sarif are the command's output (§15)
            Compiler.Result r = Build.compile(f, path, false, java.util.Map.of(), java.util.Set.of(), format == Format.text,
                    main.common.colors(), err, exit);
            if (r != null) all.addAll(r.diagnostics().sorted());
            if (r != null) internal.addAll(r.diagnostics().internalFailures());
            if (r == null && exit[0] == ExitCodes.NO_INPUT) unreadable.add(new UnreadableInput(f.toString(), InputFile.problem(f)));
            if (denyWarnings && r != null && exit[0] == ExitCodes.OK && !r.diagnostics().sorted().isEmpty()) {
                exit[0] = ExitCodes.COMPILE_ERRORS;
                denied++;
            }
            worst = Math.max(worst, exit[0]);
        }
        if (denied > 0 && format == Format.text) {
            err.println("error: warnings are denied (--deny-warnings): " + denied + " file" + (denied == 1 ? "" : "s") + " with warnings");
        }
        if (format == Format.json) {
            JsonRenderer json = new JsonRenderer();
            out.print(json.render(all));
            for (UnreadableInput u : unreadable) out.println(json.render(u));
            for (InternalFailure f : internal) out.println(json.render(f));
        }
        if (format == Format.sarif) {
            out.print(new SarifRenderer(Version.get(), SourceRoot.of(root), Version.docs()).render(all, internal, unreadable));
        }
        return worst;
    }
}
