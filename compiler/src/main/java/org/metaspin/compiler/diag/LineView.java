package org.metaspin.compiler.diag;

/**
 * How a diagnostic shows one source line on a terminal. Control characters never reach the
 * terminal as such: C0 controls and DEL print as their Unicode control pictures ({@code ␛}
 * for ESC, one column like the character they stand for), other controls and the bidi
 * overrides and isolates ("Trojan Source", CVE-2021-42574) as {@code <U+202E>}. A line wider
 * than {@value #MAX_WIDTH} columns is cut to a window around a focus (where the first mark on
 * it starts) with {@code ...} on the cut sides, so a diagnostic on a 30,000-character line
 * prints a few hundred bytes.
 */
final class LineView {
    static final int MAX_WIDTH = 120;
    /** Columns shown before the focus when the line is cut. */
    static final int BEFORE = 40;
    private static final String CUT = "...";

    private final String text;
    private final int from;
    private final int to;

    /** {@code focus} is a char offset in {@code text} (clamped). */
    LineView(String text, int focus) {
        this.text = text;
        if (width(text, 0, text.length()) <= MAX_WIDTH) {
            from = 0;
            to = text.length();
            return;
        }
        int f = Math.max(0, Math.min(focus, text.length()));
        int start = f;
        for (int n = 0; n < BEFORE && start > 0; n++) start = text.offsetByCodePoints(start, -1);
        int end = start;
        int w = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            w += columns(cp);
            if (w > MAX_WIDTH - 2 * CUT.length()) break;
            end += Character.charCount(cp);
        }
        from = start;
        to = end;
    }

    /** The line as printed. */
    String shown() {
        StringBuilder sb = new StringBuilder();
        if (from > 0) sb.append(CUT);
        int col = sb.length();
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (cp == '\t') {
                int next = (col / TextRenderer.TAB + 1) * TextRenderer.TAB;
                sb.append(" ".repeat(next - col));
                col = next;
            } else {
                sb.append(shown(cp));
                col += columns(cp);
            }
            i += Character.charCount(cp);
        }
        if (to < text.length()) sb.append(CUT);
        return sb.toString();
    }

    /** The printed column (0-based) of char offset {@code at}, clamped to the window. */
    int column(int at) {
        int a = Math.max(from, Math.min(at, to));
        int col = from > 0 ? CUT.length() : 0;
        for (int i = from; i < a; ) {
            int cp = text.codePointAt(i);
            col = cp == '\t' ? (col / TextRenderer.TAB + 1) * TextRenderer.TAB : col + columns(cp);
            i += Character.charCount(cp);
        }
        return col;
    }

    /** Longest quoted source fragment a message shows whole; longer ones keep their ends. */
    static final int MAX_QUOTE = 60;
    /** Longest message, label or help shown whole (a type of a 900-deep nesting is long too). */
    static final int MAX_TEXT = 600;

    /**
     * A message, label or help as printed: control characters made visible, a quoted
     * fragment ({@code `…`}) longer than {@value #MAX_QUOTE} code points and a text longer
     * than {@value #MAX_TEXT} cut in the middle, so a diagnostic about a 30,000-digit number
     * stays a few lines.
     */
    static String text(String s, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('`', i);
            int close = open < 0 ? -1 : s.indexOf('`', open + 1);
            if (close < 0) {
                sb.append(s, i, s.length());
                break;
            }
            sb.append(s, i, open + 1).append(middleCut(s.substring(open + 1, close), MAX_QUOTE)).append('`');
            i = close + 1;
        }
        return visible(middleCut(sb.toString(), MAX_TEXT), keepNewlines);
    }

    private static String middleCut(String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) return s;
        int keep = (max - 1) / 2;
        return s.substring(0, s.offsetByCodePoints(0, keep)) + "\u2026" + s.substring(s.offsetByCodePoints(0, n - keep));
    }

    /** {@code s} with control characters made visible; {@code keepNewlines} for multi-line help. */
    static String visible(String s, boolean keepNewlines) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            // a tab in a message is source text quoted there: shown as a picture, it cannot shift what follows
            boolean plain = (keepNewlines && cp == '\n') || cp != '\t' && !isControl(cp);
            if (sb == null && !plain) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) {
                if (plain) sb.appendCodePoint(cp);
                else sb.append(shown(cp));
            }
            i += Character.charCount(cp);
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isControl(int cp) {
        return cp != '\t' && Character.getType(cp) == Character.CONTROL || isBidi(cp);
    }

    private static boolean isBidi(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** What one code point prints as (a tab is handled by the caller). */
    private static String shown(int cp) {
        if (cp < 0x20) return String.valueOf((char) (0x2400 + cp));
        if (cp == 0x7F) return "\u2421";
        if (isControl(cp)) return String.format("<U+%04X>", cp);
        return new String(Character.toChars(cp));
    }

    /** Columns of a code point other than a tab: one, as {@link SourceFile#column} counts, or its escape's width. */
    private static int columns(int cp) {
        return isControl(cp) && cp >= 0x20 && cp != 0x7F ? shown(cp).length() : 1;
    }

    private static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            w += cp == '\t' ? TextRenderer.TAB : columns(cp);
            i += Character.charCount(cp);
        }
        return w;
    }
}
