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
 *     is one column (as {@link SourceFile#column} counts), so carets stay under their text.</li>
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
            .append(paint(BOLD, ": " + d.message())).append('\n');
        boolean firstFile = true;
        for (Map.Entry<SourceFile, TreeMap<Integer, List<Mark>>> e : byFile.entrySet()) {
            SourceFile file = e.getKey();
            Span head = firstFile ? d.span() : e.getValue().firstEntry().getValue().get(0).span;
            out.append(pad).append(paint(BLUE, firstFile ? "-->" : ":::")).append(' ')
                .append(file.path()).append(':').append(head.line()).append(':').append(head.column()).append('\n');
            out.append(gutter(pad)).append('\n');
            int prev = -1;
            for (Map.Entry<Integer, List<Mark>> le : e.getValue().entrySet()) {
                int line = le.getKey();
                if (prev > 0 && line - prev == 2) sourceRow(out, file, prev + 1, width);
                else if (prev > 0 && line - prev > 2) out.append(paint(BLUE, "...")).append('\n');
                sourceRow(out, file, line, width);
                for (Mark m : le.getValue()) markRow(out, file, line, m, pad, m.primary ? sevColor : BLUE);
                prev = line;
            }
            firstFile = false;
        }
        if (!spanless.isEmpty() || !d.help().isEmpty()) out.append(gutter(pad)).append('\n');
        for (String s : spanless) trailer(out, pad, "note", s);
        if (!d.help().isEmpty()) trailer(out, pad, "help", d.help());
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
        return summary(what, errors, ds.sorted().size() - errors);
    }

    private String gutter(String pad) { return pad + " " + paint(BLUE, "|"); }

    private void sourceRow(StringBuilder out, SourceFile file, int line, int width) {
        String num = " ".repeat(width - String.valueOf(line).length()) + line;
        out.append(rstrip(paint(BLUE, num + " |") + " " + expand(file.lineText(line)))).append('\n');
    }

    private void markRow(StringBuilder out, SourceFile file, int line, Mark m, String pad, String c) {
        String text = file.lineText(line);
        int lineStart = file.offset(line, 1);
        int from = Math.max(0, Math.min(m.span.start() - lineStart, text.length()));
        int to = m.span.endLine() > line ? text.length() : Math.max(from, Math.min(m.span.end() - lineStart, text.length()));
        int c0 = displayColumn(text, from);
        int n = Math.max(1, displayColumn(text, to) - c0);
        String marks = String.valueOf(m.primary ? '^' : '-').repeat(n);
        String label = m.label == null || m.label.isEmpty() ? "" : " " + m.label;
        out.append(gutter(pad)).append(' ').append(" ".repeat(c0)).append(paint(c, marks + label)).append('\n');
    }

    private void trailer(StringBuilder out, String pad, String kind, String text) {
        // Continuation lines of a multi-line help line up under its first word.
        String indent = pad + "   " + " ".repeat(kind.length() + 2);
        out.append(pad).append(' ').append(paint(BLUE, "=")).append(' ').append(paint(BOLD, kind + ":")).append(' ')
            .append(text.replace("\n", "\n" + indent)).append('\n');
    }

    /** Columns taken by the first {@code chars} chars of {@code text}, tabs expanded. */
    static int displayColumn(String text, int chars) {
        int col = 0;
        for (int i = 0; i < chars; ) {
            int cp = text.codePointAt(i);
            col = cp == '\t' ? (col / TAB + 1) * TAB : col + 1;
            i += Character.charCount(cp);
        }
        return col;
    }

    static String expand(String text) {
        if (text.indexOf('\t') < 0) return text;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\t') {
                int next = (col / TAB + 1) * TAB;
                sb.append(" ".repeat(next - col));
                col = next;
            } else {
                sb.appendCodePoint(cp);
                col++;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
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
