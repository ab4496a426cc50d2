package org.metaspin.compiler.diag;

import java.util.List;

/**
 * One compile-time finding. {@code label} is the text under the carets of the primary span;
 * {@code help} is an optional suggestion ("did you mean `CoFeB`?"); {@code notes} are
 * secondary spans with their own labels (the opening bracket of an unclosed call…).
 */
public record Diagnostic(Code code, Span span, String message, String label, String help, List<Note> notes) {
    public record Note(Span span, String label) {}

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public static Diagnostic of(Code code, Span span, String message) {
        return new Diagnostic(code, span, message, "", "", List.of());
    }

    public Diagnostic withLabel(String l) { return new Diagnostic(code, span, message, l, help, notes); }

    public Diagnostic withHelp(String h) { return new Diagnostic(code, span, message, label, h, notes); }

    public Diagnostic withNote(Span s, String l) {
        List<Note> n = new java.util.ArrayList<>(notes);
        n.add(new Note(s, l));
        return new Diagnostic(code, span, message, label, help, n);
    }

    public boolean isError() { return code.severity() == Code.Severity.ERROR; }
}
