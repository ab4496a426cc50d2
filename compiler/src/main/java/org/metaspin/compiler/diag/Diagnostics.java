package org.metaspin.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one sink every phase reports to. Keeps the first diagnostic per code and position
 * only, and at most {@value #MAX_PER_FILE} per file: beyond that a file's diagnostics are
 * only counted ({@link #omitted}), so that a pathological input (thousands of nested
 * lambdas, one error each) costs bounded memory and output.
 */
public final class Diagnostics {
    public static final int MAX_PER_FILE = 100;

    private record Key(Code code, SourceFile file, int start) {}

    private final List<Diagnostic> all = new ArrayList<>();
    private final Set<Key> seen = new HashSet<>();
    private final Map<String, Integer> kept = new HashMap<>();
    private final Map<String, Integer> omitted = new LinkedHashMap<>();
    private int omittedErrors;
    private final List<InternalFailure> internal = new ArrayList<>();

    public void report(Diagnostic d) {
        if (!seen.add(new Key(d.code(), d.span().file(), d.span().start()))) return;
        String path = d.span().file().path();
        if (kept.merge(path, 1, Integer::sum) > MAX_PER_FILE) {
            omitted.merge(path, 1, Integer::sum);
            if (d.isError()) omittedErrors++;
            return;
        }
        all.add(d);
    }

    public Diagnostic report(Code code, Span span, String message) {
        Diagnostic d = Diagnostic.of(code, span, message);
        report(d);
        return d;
    }

    /** A failure of metaspin itself (not of the program); makes {@link #hasErrors} true. */
    public void reportInternal(InternalFailure f) { internal.add(f); }

    public List<InternalFailure> internalFailures() { return List.copyOf(internal); }

    public boolean hasErrors() { return !internal.isEmpty() || omittedErrors > 0 || all.stream().anyMatch(Diagnostic::isError); }

    /** Errors reported, shown or not. */
    public int errorCount() { return omittedErrors + (int) all.stream().filter(Diagnostic::isError).count(); }

    /** Diagnostics reported, shown or not. */
    public int count() {
        int n = all.size();
        for (int k : omitted.values()) n += k;
        return n;
    }

    /** By file path, how many diagnostics were counted but not kept (beyond {@value #MAX_PER_FILE}). */
    public Map<String, Integer> omitted() { return Map.copyOf(omitted); }

    /** In source order: by file, then position. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(all);
        out.sort(Comparator.comparing((Diagnostic d) -> d.span().file().path()).thenComparingInt(d -> d.span().start()));
        return out;
    }
}
