package org.metaspin.compiler.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders diagnostics for a terminal, in the layout of LANGUAGE.md §14 (after rustc):
 * <pre>
 * error[E0202]: cannot add `Length` and `Time`
 *  --&gt; examples/bad.msp:4:9
 *   |
 * 4 | let x = 5 nm + 3 ns
 *   |         ^^^^^^^^^^^ `5 nm` is a Length, `3 ns` is a Time
 *   |         - a note's span and label
 *   |
 *   = help: …
 * </pre>
 * <ul>
 * <li>Each source line is shown once, in line order, with one underline row per annotation
 *     on it: the primary span ({@code ^}) first, then notes ({@code -}) in their order. Rows
 *     never merge, so labels stay legible however the spans overlap.</li>
 * <li>Between two shown lines one hidden line is printed as is, more become {@code ...}.</li>
 * <li>Notes in another file get their own {@code ::: file:line:col} block; a note without a
 *     span prints as {@code = note: label}.</li>
 * <li>Tabs expand to the next multiple of {@value #TAB} columns, and every other code point
 *     is one column (as {@link SourceFile#column} counts), so carets stay under their text.
 *     Control characters are made visible and lines wider than {@value LineView#MAX_WIDTH}
 *     columns are cut around the first mark on them ({@link LineView}); messages, labels and
 *     help have their control characters made visible too.</li>
 * <li>A span that runs past its first line is underlined to that line's end; an empty span
 *     gets one mark; trailing blanks of a row are dropped.</li>
 * </ul>
 * The line after {@code -->} gives the primary span's 1-based line and code-point column.
 */
public final class TextRenderer {
    static final int TAB = 4;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BLUE = "\u001b[1;34m";

    private final boolean color;

    /** Plain text, no colour. */
    public TextRenderer() { this(false); }

    /** With {@code color}, ANSI escapes mark severity, gutter and underlines. */
    public TextRenderer(boolean color) { this.color = color; }

    private record Mark(Span span, String label, boolean primary) {}

    /** One diagnostic, ending with a newline. */
    public String render(Diagnostic d) {
        String sevColor = d.isError() ? RED : YELLOW;
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(d.span(), d.label(), true));
        List<String> spanless = new ArrayList<>();
        for (Diagnostic.Note n : d.notes()) {
            if (n.span() == null) spanless.add(n.label());
            else marks.add(new Mark(n.span(), n.label(), false));
        }
        // By file (the primary's first), then by line.
        Map<SourceFile, TreeMap<Integer, List<Mark>>> byFile = new LinkedHashMap<>();
        int maxLine = 1;
        for (Mark m : marks) {
            byFile.computeIfAbsent(m.span.file(), f -> new TreeMap<>())
                .computeIfAbsent(m.span.line(), l -> new ArrayList<>()).add(m);
            maxLine = Math.max(maxLine, m.span.line());
        }
        int width = String.valueOf(maxLine).length();
        String pad = " ".repeat(width);

        StringBuilder out = new StringBuilder();
        out.append(paint(sevColor, d.code().severity().word() + "[" + d.code().name() + "]"))
            .append(paint(BOLD, ": " + LineView.text(d.message(), false))).append('\n');
        boolean firstFile = true;
        for (Map.Entry<SourceFile, TreeMap<Integer, List<Mark>>> e : byFile.entrySet()) {
            SourceFile file = e.getKey();
            Span head = firstFile ? d.span() : e.getValue().firstEntry().getValue().get(0).span;
            out.append(pad).append(paint(BLUE, firstFile ? "-->" : ":::")).append(' ')
                .append(LineView.visible(file.path(), false)).append(':').append(head.line()).append(':').append(head.column()).append('\n');
            out.append(gutter(pad)).append('\n');
            int prev = -1;
            for (Map.Entry<Integer, List<Mark>> le : e.getValue().entrySet()) {
                int line = le.getKey();
                if (prev > 0 && line - prev == 2) sourceRow(out, new LineView(file.lineText(prev + 1), 0), prev + 1, width);
                else if (prev > 0 && line - prev > 2) out.append(paint(BLUE, "...")).append('\n');
                int lineStart = file.offset(line, 1);
                LineView view = new LineView(file.lineText(line), le.getValue().get(0).span.start() - lineStart);
                sourceRow(out, view, line, width);
                for (Mark m : le.getValue()) markRow(out, file, view, line, m, pad, m.primary ? sevColor : BLUE);
                prev = line;
            }
            firstFile = false;
        }
        if (!spanless.isEmpty() || !d.help().isEmpty()) out.append(gutter(pad)).append('\n');
        for (String s : spanless) trailer(out, pad, "note", LineView.text(s, true));
        if (!d.help().isEmpty()) trailer(out, pad, "help", LineView.text(d.help(), true));
        return out.toString();
    }

    /** Several diagnostics, separated by blank lines as rustc does. */
    public String render(Collection<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(render(d));
        }
        return sb.toString();
    }

    /**
     * The closing line of {@code metaspin check}/{@code run}, ending with a newline:
     * {@code error: could not compile `bad.msp` due to 2 previous errors; 1 warning emitted},
     * {@code warning: `ok.msp` generated 1 warning}, or {@code ""} when there is nothing to say.
     * {@code what} is the file name, or a description such as "3 files".
     */
    public String summary(String what, int errors, int warnings) {
        String w = warnings + " warning" + (warnings == 1 ? "" : "s");
        if (errors > 0) {
            String msg = "could not compile `" + what + "` due to " + (errors == 1 ? "previous error" : errors + " previous errors")
                + (warnings > 0 ? "; " + w + " emitted" : "");
            return paint(RED, "error") + paint(BOLD, ": " + msg) + "\n";
        }
        if (warnings > 0) return paint(YELLOW, "warning") + paint(BOLD, ": `" + what + "` generated " + w) + "\n";
        return "";
    }

    /** {@link #summary(String, int, int)} with the counts of a sink. */
    public String summary(String what, Diagnostics ds) {
        int errors = ds.errorCount();
        return summary(what, errors, ds.count() - errors);
    }

    /**
     * The note after a file's first {@value Diagnostics#MAX_PER_FILE} diagnostics, ending with
     * a newline, or {@code ""} when none were left out.
     */
    public String omitted(Diagnostics ds) {
        StringBuilder sb = new StringBuilder();
        ds.omitted().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(paint(BLUE, "note"))
                .append(paint(BOLD, ": " + e.getValue() + " more diagnostic" + (e.getValue() == 1 ? "" : "s") + " in `"
                        + e.getKey() + "` not shown; only the first " + Diagnostics.MAX_PER_FILE + " are")).append('\n'));
        return sb.toString();
    }

    private String gutter(String pad) { return pad + " " + paint(BLUE, "|"); }

    private void sourceRow(StringBuilder out, LineView view, int line, int width) {
        String num = " ".repeat(width - String.valueOf(line).length()) + line;
        out.append(rstrip(paint(BLUE, num + " |") + " " + view.shown())).append('\n');
    }

    private void markRow(StringBuilder out, SourceFile file, LineView view, int line, Mark m, String pad, String c) {
        String text = file.lineText(line);
        int lineStart = file.offset(line, 1);
        int from = Math.max(0, Math.min(m.span.start() - lineStart, text.length()));
        int to = m.span.endLine() > line ? text.length() : Math.max(from, Math.min(m.span.end() - lineStart, text.length()));
        int c0 = view.column(from);
        int n = Math.max(1, view.column(to) - c0);
        String marks = String.valueOf(m.primary ? '^' : '-').repeat(n);
        String label = m.label == null || m.label.isEmpty() ? "" : " " + LineView.text(m.label, false);
        out.append(gutter(pad)).append(' ').append(" ".repeat(c0)).append(paint(c, marks + label)).append('\n');
    }

    private void trailer(StringBuilder out, String pad, String kind, String text) {
        // Continuation lines of a multi-line help line up under its first word.
        String indent = pad + "   " + " ".repeat(kind.length() + 2);
        out.append(pad).append(' ').append(paint(BLUE, "=")).append(' ').append(paint(BOLD, kind + ":")).append(' ')
            .append(text.replace("\n", "\n" + indent)).append('\n');
    }

    private static String rstrip(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }

    private String paint(String code, String s) {
        return color ? code + s + RESET : s;
    }
}
