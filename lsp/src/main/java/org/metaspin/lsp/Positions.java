package org.metaspin.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets of a text to LSP positions and back. LSP counts columns in UTF-16 code units by
 * default, as Java strings do, so a column is a char offset within the line.
 */
final class Positions {
    private final String text;
    private final int[] lineStarts;

    Positions(String text) {
        this.text = text;
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        lineStarts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[k++] = i + 1;
    }

    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int i = java.util.Arrays.binarySearch(lineStarts, o);
        int line = i >= 0 ? i : -i - 2;
        return new Position(line, o - lineStarts[line]);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(Math.max(start, end)));
    }

    int offset(Position p) {
        if (p.getLine() >= lineStarts.length) return text.length();
        int start = lineStarts[Math.max(0, p.getLine())];
        int lineEnd = p.getLine() + 1 < lineStarts.length ? lineStarts[p.getLine() + 1] - 1 : text.length();
        return Math.min(start + Math.max(0, p.getCharacter()), lineEnd);
    }

    Range whole() {
        return range(0, text.length());
    }
}
