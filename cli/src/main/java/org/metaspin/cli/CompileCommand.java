package org.metaspin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.metaspin.compiler.Compiler;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin compile FILE… (-d DIR | --jar OUT.jar)` (§13). A jar gets the program's classes
 * and a launcher main class, and names the metaspin jar in its {@code Class-Path} (by its
 * absolute location at compile time), so {@code java -jar OUT.jar} runs it without
 * copying the runtime into every program.
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        int worst = ExitCodes.OK;
        for (Path f : files) {
            int[] exit = {0};
            Compiler.Result r = Build.compile(f, path, true, err, exit);
            if (r == null || !r.ok()) {
                worst = Math.max(worst, exit[0]);
                continue;
            }
            if (target.dir != null) writeClasses(r.classes(), target.dir);
            else writeJar(r, files.size() == 1 ? target.jar : target.jar.resolveSibling(stem(f) + ".jar"));
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

    private static void writeJar(Compiler.Result r, Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, "org.metaspin.cli.JarLauncher");
        a.put(new Attributes.Name("MetaSpin-Main"), r.mainClass());
        a.put(Attributes.Name.CLASS_PATH, runtimeJar());
        StringBuilder sources = new StringBuilder();
        for (Map.Entry<String, String> e : r.sources().entrySet()) {
            if (sources.length() > 0) sources.append(' ');
            sources.append(e.getKey()).append('=').append(e.getValue().replace(' ', '?'));
        }
        a.put(new Attributes.Name("MetaSpin-Sources"), sources.toString());
        if (jar.toAbsolutePath().getParent() != null) Files.createDirectories(jar.toAbsolutePath().getParent());
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(os, mf)) {
            for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey().replace('.', '/') + ".class"));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The jar (or classes folder) this command runs from, as a Class-Path URL. */
    private static String runtimeJar() {
        try {
            Path self = Path.of(CompileCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String uri = self.toUri().toString();
            return uri.endsWith("/") || Files.isRegularFile(self) ? uri : uri + "/";
        } catch (Exception e) {
            return "";
        }
    }
}
