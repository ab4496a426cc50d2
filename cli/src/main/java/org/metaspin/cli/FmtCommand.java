package org.metaspin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.fmt.Formatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin fmt FILE… [--check]` (§13): rewrites files in the one layout, or with --check
 * only lists those that would change (exit 1). A file with a syntax error is reported and
 * left alone; a file is replaced in one move, so an interrupted run never leaves half of one.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, description = "Format .msp files in place (indentation, spacing, one property per line).")
final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .msp files; a folder means every .msp file below it")
    List<Path> files;

    @Option(names = "--check", description = "change nothing: list the files that are not formatted and exit 1 if there are any")
    boolean check;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true);
        int worst = ExitCodes.OK;
        int changed = 0;
        for (Path f : SourceFiles.expand(files)) {
            byte[] bytes;
            try {
                bytes = InputFile.read(f);
            } catch (InputFile.Unreadable e) {
                InputFile.fail(err, e);
                worst = Math.max(worst, ExitCodes.NO_INPUT);
                continue;
            }
            Diagnostics decodeErrors = new Diagnostics();
            SourceFile src = InputFile.decode(f, bytes, decodeErrors);
            if (src == null) {
                Build.report(f, decodeErrors, err, main.common.colors());
                worst = Math.max(worst, ExitCodes.COMPILE_ERRORS);
                continue;
            }
            Formatter.Result r = Formatter.format(src);
            if (!r.ok()) {
                Build.report(f, r.diagnostics(), err, main.common.colors());
                worst = Math.max(worst, ExitCodes.COMPILE_ERRORS);
                continue;
            }
            if (r.text().equals(src.text())) continue;
            changed++;
            if (check) {
                out.println(f);
                worst = Math.max(worst, ExitCodes.COMPILE_ERRORS);
                continue;
            }
            try {
                replace(f, r.text());
            } catch (IOException e) {
                err.println("metaspin: " + f + ": cannot be written (" + e.getClass().getSimpleName() + ")");
                worst = Math.max(worst, ExitCodes.NO_INPUT);
            }
        }
        if (!Boolean.getBoolean("metaspin.quiet") && changed > 0) {
            err.println((check ? "not formatted: " : "formatted: ") + changed + " file" + (changed == 1 ? "" : "s"));
        }
        return worst;
    }

    private static void replace(Path f, String text) throws IOException {
        Path dir = f.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + f.getFileName(), ".fmt");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(f));
            } catch (UnsupportedOperationException | IOException e) {
                // permissions are kept where the file system has them
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
