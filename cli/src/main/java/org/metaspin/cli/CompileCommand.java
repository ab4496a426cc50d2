package org.metaspin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.metaspin.compiler.Compiler;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin compile FILE… (-d DIR | --jar OUT.jar)` (§13): class files into a folder, or a
 * self-contained jar (see {@link SelfContainedJar}); with several files, one jar per file
 * beside OUT.jar, named after the file.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, description = "Write class files or a runnable jar.")
final class CompileCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "-d", paramLabel = "DIR", description = "folder for the class files")
        Path dir;

        @Option(names = "--jar", paramLabel = "OUT.jar", description = "a jar that `java -jar` runs")
        Path jar;
    }

    @Option(names = "--path", paramLabel = "DIR")
    List<Path> path = new ArrayList<>();

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        int worst = ExitCodes.OK;
        for (Path f : files) {
            int[] exit = {0};
            Compiler.Result r = Build.compile(f, path, true, java.util.Map.of(), java.util.Set.of(), true, main.common.colors(), err, exit);
            if (r == null || !r.ok()) {
                worst = Math.max(worst, exit[0]);
                continue;
            }
            if (target.dir != null) writeClasses(r.classes(), target.dir);
            else SelfContainedJar.write(r, files.size() == 1 ? target.jar : target.jar.resolveSibling(stem(f) + ".jar"));
        }
        return worst;
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".msp") ? n.substring(0, n.length() - 4) : n;
    }

    private static void writeClasses(Map<String, byte[]> classes, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            Path p = dir.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(p.getParent());
            Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
            Files.write(tmp, e.getValue());
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
