package org.metaspin.lsp;

import java.nio.file.Path;
import org.eclipse.lsp4j.Location;
import org.metaspin.compiler.diag.Span;

/** Where a span is, as an editor opens it: the document itself, a module's file, or a std module's read-only copy. */
final class Locations {
    private final StdDocuments std;

    Locations(StdDocuments std) {
        this.std = std;
    }

    Location of(Analysis a, String uri, Span span) {
        if (span.file() == a.source()) return new Location(uri, a.positions().range(span.start(), span.end()));
        return of(a, span);
    }

    /** A span of another file than the document: its own positions. */
    Location of(Analysis a, Span span) {
        String path = span.file().path();
        Path file;
        if (path.startsWith("std/") && !java.nio.file.Files.isRegularFile(Path.of(path))) file = std.file(path);
        else file = Path.of(path).toAbsolutePath().normalize();
        if (file == null) return null;
        Positions p = new Positions(span.file().text());
        return new Location(file.toUri().toString(), p.range(span.start(), span.end()));
    }
}
