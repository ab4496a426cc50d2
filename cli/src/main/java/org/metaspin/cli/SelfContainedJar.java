package org.metaspin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.gen.JvmNames;
import org.metaspin.repl.RuntimeErrors;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * The jar of `metaspin compile --jar` (§13): the program's classes, the runtime with the
 * libraries it uses, and a launcher, so that {@code java -jar OUT.jar} runs on any machine
 * with Java 17, wherever the jar and the metaspin installation are. The runtime's classes
 * are copied from where this command loads them, a folder of classes or a jar (the shaded
 * metaspin jar or a module jar alike), keeping only the packages a compiled program can
 * reach: the compiler, the REPL and the command line stay out.
 */
final class SelfContainedJar {
    /** What a compiled program needs at run time, as entry-name prefixes. */
    private static final List<String> KEEP = List.of(
            "org/metaspin/runtime/", "org/jfree/",
            "org/metaspin/repl/RuntimeErrors", "org/metaspin/cli/JarLauncher", "org/metaspin/cli/ExitCodes",
            // a runtime error's frames name the functions the generated method names stand for
            "org/metaspin/compiler/gen/JvmNames");
    /** Classes whose code source holds those packages. */
    private static final List<Class<?>> ANCHORS = List.of(
            RuntimeFailure.class, org.jfree.chart.JFreeChart.class, org.jfree.svg.SVGGraphics2D.class,
            RuntimeErrors.class, JarLauncher.class, JvmNames.class);

    private SelfContainedJar() {}

    static void write(Compiler.Result r, Path jar) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, JarLauncher.class.getName());
        a.put(new Attributes.Name("Created-By"), "metaspin " + Version.get());
        a.put(new Attributes.Name("MetaSpin-Main"), r.mainClass());
        StringBuilder sources = new StringBuilder();
        for (Map.Entry<String, String> e : r.sources().entrySet()) {
            if (sources.length() > 0) sources.append(' ');
            sources.append(e.getKey()).append('=').append(e.getValue().replace(' ', '?'));
        }
        a.put(new Attributes.Name("MetaSpin-Sources"), sources.toString());
        Path abs = jar.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Set<String> written = new LinkedHashSet<>();
        try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(os, mf)) {
            for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
                put(out, written, e.getKey().replace('.', '/') + ".class", e.getValue());
            }
            for (Path source : sources()) copy(source, out, written);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The folders and jars the runtime is loaded from, each once. */
    private static Set<Path> sources() throws IOException {
        Set<Path> all = new LinkedHashSet<>();
        for (Class<?> c : ANCHORS) {
            try {
                all.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | NullPointerException e) {
                throw new IOException("cannot locate the metaspin runtime (" + c.getName() + ")", e);
            }
        }
        return all;
    }

    private static void copy(Path source, JarOutputStream out, Set<String> written) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = source.relativize(p).toString().replace('\\', '/');
                    if (kept(name)) put(out, written, name, Files.readAllBytes(p));
                }
            }
            return;
        }
        try (JarFile in = new JarFile(source.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) in.stream().sorted(java.util.Comparator.comparing(JarEntry::getName))::iterator) {
                if (e.isDirectory() || !kept(e.getName())) continue;
                try (InputStream is = in.getInputStream(e)) {
                    put(out, written, e.getName(), is.readAllBytes());
                }
            }
        }
    }

    private static boolean kept(String name) {
        for (String k : KEEP) if (name.startsWith(k)) return true;
        return false;
    }

    private static void put(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
        if (!written.add(name)) return;
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
