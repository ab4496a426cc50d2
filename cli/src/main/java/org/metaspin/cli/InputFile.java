package org.metaspin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.resolve.SourceReader;

/** Reads a `.msp` file named on the command line: exit 66 with one line when it cannot be read. */
final class InputFile {
    /** Thrown with the exit code; the message is the one line to print. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private InputFile() {}

    /** Why {@code path} cannot be read, in one line, or null when it can. */
    static String problem(Path path) {
        try {
            read(path);
            return null;
        } catch (Unreadable e) {
            return e.getMessage().replaceFirst("^metaspin: ", "");
        }
    }

    static byte[] read(Path path) throws Unreadable {
        if (!Files.exists(path)) throw new Unreadable("metaspin: " + path + ": no such file");
        if (Files.isDirectory(path)) throw new Unreadable("metaspin: " + path + ": is a directory, not a .msp file");
        try {
            return Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            throw new Unreadable("metaspin: " + path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The decoded source, or null when it is not UTF-8 (reported to {@code diags}). */
    static SourceFile decode(Path path, byte[] bytes, Diagnostics diags) {
        return SourceReader.decode(path.toString(), bytes, diags);
    }

    static void fail(PrintStream err, Unreadable e) {
        err.println(e.getMessage());
    }
}
