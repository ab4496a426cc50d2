package org.metaspin.runtime.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Where a figure may go (§11): a plain file name, written into the run's directory (outside
 * a protocol: the current directory). A directory part, {@code ..}, an absolute path, a
 * symbolic link at the name, or an extension other than .png, .svg and .pdf is R0005, so a
 * script cannot write anywhere else.
 */
final class FigureFiles {
    private FigureFiles() {}

    static Path target(String file, String fn) {
        if (file.isEmpty() || file.equals(".") || file.equals("..") || file.indexOf('/') >= 0 || file.indexOf('\\') >= 0
                || file.indexOf('\0') >= 0 || file.indexOf(':') >= 0) {
            throw RuntimeFailure.invalid(fn + ": file = \"" + printable(file) + "\" is not a plain file name; a figure is "
                    + "written into the run's directory (outside a protocol: the current directory), name it like \"" + fn + ".png\"");
        }
        if (Plots.format(file) == null) {
            throw RuntimeFailure.invalid(fn + ": file = \"" + printable(file) + "\" has no figure extension: use .png, .svg or .pdf");
        }
        Run r = Run.current();
        Path dir = r != null ? r.directory() : Path.of("");
        Path target = dir.resolve(file);
        if (Files.isSymbolicLink(target)) {
            throw RuntimeFailure.invalid(fn + ": " + target + " is a symbolic link; a figure replaces only a plain file of its directory");
        }
        if (Files.isDirectory(target)) throw RuntimeFailure.invalid(fn + ": " + target + " is a directory");
        return target;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
