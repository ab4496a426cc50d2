package org.metaspin.compiler.diag;

/** A range of characters [start, end) in a source file; every AST node and diagnostic has one. */
public record Span(SourceFile file, int start, int end) {
    public int line() { return file.line(start); }

    public int column() { return file.column(start); }

    public int endLine() { return file.line(Math.max(start, end)); }

    public int endColumn() { return file.column(Math.max(start, end)); }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    @Override
    public String toString() { return file.path() + ":" + line() + ":" + column(); }
}
