package org.metaspin.compiler.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The passes over whole lines: a blank line around each top-level declaration with a body,
 * the `=` of neighbouring properties aligned (and their end-of-line comments), and the text.
 */
final class Finish {
    private static final String INDENT = "  ";

    private Finish() {}

    static String render(List<Line> in) {
        List<Line> lines = setApartDeclarations(in);
        alignProperties(lines);
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (!l.isBlank()) {
                sb.append(INDENT.repeat(l.indent)).append(l.code);
                if (l.trailing != null) sb.append(l.code.length() == 0 ? "" : "  ").append(l.trailing);
            }
            sb.append('\n');
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == '\n') end--;
        return end == 0 ? "" : sb.substring(0, end) + "\n";
    }

    /** A declaration of several lines gets a blank line before it (and its comments) and after it. */
    private static List<Line> setApartDeclarations(List<Line> in) {
        List<Line> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < in.size(); i++) {
            Line l = in.get(i);
            if (l.declStart && !l.declEnd) {
                int k = out.size();
                while (k > 0 && out.get(k - 1).comment && out.get(k - 1).indent == 0) k--;
                if (k > 0 && !out.get(k - 1).isBlank()) out.add(k, Line.blank());
                start = out.size();
            }
            out.add(l);
            if (l.declEnd && start >= 0 && start < out.size() - 1) {
                if (i + 1 < in.size() && !in.get(i + 1).isBlank()) out.add(Line.blank());
                start = -1;
            }
        }
        return out;
    }

    /** Runs of properties of one block body, not broken by a blank line or another statement, align their `=`. */
    private static void alignProperties(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).propertyName < 0) {
                i++;
                continue;
            }
            Object block = lines.get(i).block;
            List<Line> run = new ArrayList<>();
            int j = i;
            while (j < lines.size()) {
                Line l = lines.get(j);
                if (l.propertyName >= 0 && l.block == block) run.add(l);
                else if (!(l.comment && l.indent == lines.get(i).indent)) break;
                j++;
            }
            int width = run.stream().mapToInt(l -> l.propertyName).max().orElse(0);
            for (Line l : run) l.code.insert(l.propertyName, " ".repeat(width - l.propertyName));
            int code = run.stream().filter(l -> l.trailing != null).mapToInt(l -> l.code.length()).max().orElse(0);
            for (Line l : run) {
                if (l.trailing != null) l.code.append(" ".repeat(code - l.code.length()));
            }
            i = j;
        }
    }
}
