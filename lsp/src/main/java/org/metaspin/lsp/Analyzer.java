package org.metaspin.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;

/**
 * Checks one document as `metaspin check` does (the same phases, codes, spans and help,
 * without generating bytecode), with its imports resolved against the document's folder and
 * the standard library. Each call has its own loader and diagnostics; nothing is shared
 * between documents but the runtime library's tables, so checking one never waits for another.
 */
final class Analyzer {
    private final Compiler compiler = new Compiler(List.of());

    Analysis analyse(String uri, int version, String text) {
        SourceFile src = new SourceFile(path(uri), text);
        Compiler.Attributed r;
        try {
            r = compiler.attribute(src);
        } catch (StackOverflowError e) {
            Diagnostics deep = new Diagnostics();
            deep.report(Code.E0001, new Span(src, 0, 0), "the program is nested too deeply to check");
            r = new Compiler.Attributed(deep, List.of(), Map.of());
        }
        Module main = r.modules().isEmpty() ? null : r.modules().get(r.modules().size() - 1);
        if (main != null && main.source() != src) main = null;
        return new Analysis(version, src, new Positions(text), List.copyOf(r.diagnostics().sorted()), main, Map.copyOf(r.attributions()));
    }

    /** The file path a document's imports are resolved against (its folder), as the compiler names files. */
    static String path(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) return Path.of(u).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file: imports resolve against the server's folder
        }
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.endsWith(".msp") ? name : "untitled.msp";
    }
}
