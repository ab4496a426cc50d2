package org.metaspin.compiler.diag;

import java.util.Arrays;

/** A source text and its path as the user named it; maps offsets to 1-based lines and columns. */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[k++] = i + 1;
    }

    public String path() { return path; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of a char offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a char offset, counted in code points. */
    public int column(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[line(o) - 1];
        return text.codePointCount(start, o) + 1;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    /** Char offset of a 1-based line and code-point column. */
    public int offset(int line, int column) {
        int start = lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
        return text.offsetByCodePoints(start, Math.min(column - 1, text.codePointCount(start, text.length())));
    }
}
