package org.metaspin.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.InternalFailure;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.diag.TextRenderer;

/** Shared by `run`, `check` and `compile`: read the file, compile it, report diagnostics. */
final class Build {
    private Build() {}

    /** The compilation result (with the diagnostics when the file is not UTF-8), or null after reporting why there is none; {@code exit[0]} gets the exit code. */
    static Compiler.Result compile(Path file, List<Path> searchPath, boolean generate, PrintStream err, int[] exit) {
        return compile(file, searchPath, generate, java.util.Map.of(), java.util.Set.of(), true, err, exit);
    }

    /**
     * {@code optionalSets}: `--set` names that may match nothing. {@code renderText}: whether diagnostics are rendered to {@code err} as text (§14); a
     * file that cannot be read or an internal failure is reported there in any case.
     */
    static Compiler.Result compile(Path file, List<Path> searchPath, boolean generate, java.util.Map<String, String> sets,
                                   java.util.Set<String> optionalSets, boolean renderText, PrintStream err, int[] exit) {
        return compile(file, searchPath, generate, sets, optionalSets, renderText, false, err, exit);
    }

    /** As above; {@code color}: whether text diagnostics are coloured (`--color`). */
    static Compiler.Result compile(Path file, List<Path> searchPath, boolean generate, java.util.Map<String, String> sets,
                                   java.util.Set<String> optionalSets, boolean renderText, boolean color, PrintStream err, int[] exit) {
        PrintStream text = renderText ? err : new PrintStream(java.io.OutputStream.nullOutputStream());
        byte[] bytes;
        try {
            bytes = InputFile.read(file);
        } catch (InputFile.Unreadable e) {
            InputFile.fail(err, e);
            exit[0] = ExitCodes.NO_INPUT;
            return null;
        }
        Diagnostics decodeErrors = new Diagnostics();
        SourceFile src = InputFile.decode(file, bytes, decodeErrors);
        if (src == null) {
            // a result, not null, so that `check --format json|sarif` prints the diagnostic too
            report(file, decodeErrors, text, color);
            exit[0] = ExitCodes.COMPILE_ERRORS;
            return new Compiler.Result(decodeErrors, Map.of(), null, Map.of());
        }
        Compiler compiler = new Compiler(searchPath);
        Compiler.Result r = guarded(file, src, () -> generate ? compiler.compile(src, sets, optionalSets) : compiler.check(src), err);
        report(file, r.diagnostics(), text, color);
        exit[0] = !r.diagnostics().internalFailures().isEmpty() ? ExitCodes.INTERNAL : r.ok() ? ExitCodes.OK : ExitCodes.COMPILE_ERRORS;
        return r;
    }

    /**
     * Runs a compilation on a big stack. A stack overflow that still happens is an E0001 at the
     * file's start; any other throwable is a failure of metaspin: one line on {@code err} and
     * an {@link InternalFailure} in the result, so that JSON and SARIF report it too.
     */
    static Compiler.Result guarded(Path file, SourceFile src, BigStack.Body<Compiler.Result> compilation, PrintStream err) {
        try {
            return BigStack.call(compilation);
        } catch (StackOverflowError e) {
            Diagnostics deep = new Diagnostics();
            deep.report(Code.E0001, new Span(src, 0, 0), "the program is nested too deeply to compile");
            return new Compiler.Result(deep, Map.of(), null, Map.of());
        } catch (Throwable t) {
            InternalFailure f = InternalFailure.of(file.toString(), t);
            err.println("metaspin: " + f.message());
            if (System.getenv("METASPIN_TRACE") != null) t.printStackTrace(err);
            Diagnostics failed = new Diagnostics();
            failed.reportInternal(f);
            return new Compiler.Result(failed, Map.of(), null, Map.of());
        }
    }

    /** SHA-256 of the main source, for run.json. */
    static String hash(Path file) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(d);
        } catch (Exception e) {
            return "";
        }
    }

    static void report(Path file, Diagnostics diags, PrintStream err, boolean color) {
        TextRenderer text = new TextRenderer(color);
        var all = diags.sorted();
        if (all.isEmpty()) return;
        err.print(text.render(all));
        err.print(text.omitted(diags));
        String summary = text.summary(file.toString(), diags);
        if (!summary.isEmpty()) err.println(summary);
    }
}
