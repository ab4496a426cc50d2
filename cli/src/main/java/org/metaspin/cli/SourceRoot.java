package org.metaspin.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The folder SARIF paths are relative to (§13): `--root`, else the enclosing git work tree, else the working directory. */
final class SourceRoot {
    private SourceRoot() {}

    static Path of(Path given) {
        if (given != null) return given.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        // a work tree has `.git` as a folder, a linked work tree or submodule as a file
        for (Path p = cwd; p != null; p = p.getParent()) if (Files.exists(p.resolve(".git"))) return p;
        return cwd;
    }
}
