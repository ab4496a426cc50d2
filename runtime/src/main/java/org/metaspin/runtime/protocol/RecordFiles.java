package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the records of runs and sweeps are below a folder, for `metaspin runs` (§11). */
final class RecordFiles {
    private RecordFiles() {}

    /**
     * The folders below {@code root} that hold a file named {@code name} (run.json, sweep.json),
     * in path order: {@code root} itself when it holds one, else a results folder
     * (results/PROTOCOL/RUN) or a protocol's folder.
     */
    static List<Path> holding(Path root, String name) throws IOException {
        if (Files.isRegularFile(root.resolve(name))) return List.of(root);
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).sorted().map(Path::getParent).toList();
        }
    }
}
