package org.metaspin.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one sink every phase reports to. Keeps the first diagnostic per code and position only. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void report(Diagnostic d) {
        for (Diagnostic o : all) {
            if (o.code() == d.code() && o.span().file() == d.span().file() && o.span().start() == d.span().start()) return;
        }
        all.add(d);
    }

    public Diagnostic report(Code code, Span span, String message) {
        Diagnostic d = Diagnostic.of(code, span, message);
        report(d);
        return d;
    }

    public boolean hasErrors() { return all.stream().anyMatch(Diagnostic::isError); }

    public int errorCount() { return (int) all.stream().filter(Diagnostic::isError).count(); }

    /** In source order: by file, then position. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(all);
        out.sort(Comparator.comparing((Diagnostic d) -> d.span().file().path()).thenComparingInt(d -> d.span().start()));
        return out;
    }
}
