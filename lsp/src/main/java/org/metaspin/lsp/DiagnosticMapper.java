package org.metaspin.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Span;

/**
 * A compiler diagnostic as an LSP one: the code, the primary span as the range, the message
 * with the caret label and the help line (what `check` prints under the source), and the
 * notes as related locations. A finding in an imported module is shown on its `import`.
 */
final class DiagnosticMapper {
    private final Locations locations;

    DiagnosticMapper(Locations locations) {
        this.locations = locations;
    }

    List<org.eclipse.lsp4j.Diagnostic> map(String uri, Analysis a) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) out.add(map(uri, a, d));
        return out;
    }

    private org.eclipse.lsp4j.Diagnostic map(String uri, Analysis a, Diagnostic d) {
        StringBuilder message = new StringBuilder(d.message());
        if (!d.label().isEmpty()) message.append("\n").append(d.label());
        if (!d.help().isEmpty()) message.append("\nhelp: ").append(d.help());
        Range range;
        if (d.span().file() == a.source()) {
            range = a.positions().range(d.span().start(), d.span().end());
        } else {
            range = importOf(a, d.span());
            message.insert(0, "in " + d.span() + ": ");
        }
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, message.toString(),
                d.code().severity() == Code.Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                "metaspin", d.code().name());
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Diagnostic.Note n : d.notes()) {
            Location l = locations.of(a, uri, n.span());
            if (l != null) related.add(new DiagnosticRelatedInformation(l, n.label()));
        }
        if (!related.isEmpty()) out.setRelatedInformation(related);
        return out;
    }

    /** The `import` of the module a span is in, or the start of the document. */
    private static Range importOf(Analysis a, Span span) {
        if (a.module() != null) {
            String path = span.file().path().replace('\\', '/');
            for (Stmt.Import imp : a.module().imports()) {
                if (path.endsWith(String.join("/", imp.path()) + ".msp")) {
                    return a.positions().range(imp.pathSpan().start(), imp.pathSpan().end());
                }
            }
        }
        return a.positions().range(0, 0);
    }
}
