package org.metaspin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files `check` reads: a file as given, a folder as every `.msp` file below it, in path order (§13). */
final class SourceFiles {
    private SourceFiles() {}

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                // hidden folders (.git) and build output are not sources
                s.filter(f -> f.getFileName().toString().endsWith(".msp") && Files.isRegularFile(f))
                        .filter(f -> !skipped(p.relativize(f))).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean skipped(Path rel) {
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String n = rel.getName(i).toString();
            if (n.startsWith(".") || n.equals("target")) return true;
        }
        return false;
    }
}
