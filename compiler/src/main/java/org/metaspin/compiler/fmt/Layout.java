package org.metaspin.compiler.fmt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.metaspin.grammar.MetaSpinLexer;

/**
 * Lays atoms out in lines. Line breaks come from the program's structure (statement and
 * property separators, the braces of block bodies) and from the author where they do not
 * change meaning (a long call or expression continued on the next line, one blank line
 * between statements). Only whitespace changes, and `;` becomes a newline: both are
 * separators (§1), so the parser sees the same program.
 */
final class Layout {
    /** An open bracket: the indent of the line it stands on, and whether it holds statements. */
    private record Frame(int openIndent, boolean statements) {
        int contentIndent() { return openIndent + 1; }
    }

    private final List<Atom> atoms;
    private final List<Line> lines = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** For each atom, whether a separator lies in the gap between the code atoms around it. */
    private final boolean[] separated;
    private Line line;
    private Atom lastCode;
    private int newlines;

    Layout(List<Atom> atoms) {
        this.atoms = atoms;
        this.separated = separators(atoms);
        frames.push(new Frame(-1, true));
    }

    List<Line> lines() {
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.newline()) {
                newlines++;
            } else if (a.type() == MetaSpinLexer.SEMI) {
                // a separator: the newline it stands for is decided by the next atom
            } else if (a.comment()) {
                comment(a, i);
                newlines = 0;
            } else if (a.type() != org.antlr.v4.runtime.Token.EOF) {
                code(a, separated[i]);
                newlines = 0;
            }
        }
        return lines;
    }

    private void code(Atom a, boolean separator) {
        boolean afterOpen = lastCode != null && lastCode.is(Role.BLOCK_OPEN);
        boolean tightInside = a.is(Role.INLINE_CLOSE) || a.is(Role.EMPTY_CLOSE)
                || (lastCode != null && (lastCode.is(Role.INLINE_OPEN) || lastCode.is(Role.EMPTY_OPEN)));
        // the newline rule drops a newline before `{`, and one before `else`: `} else` is the one layout
        boolean join = (a.type() == MetaSpinLexer.ELSE && lastCode != null && lastCode.is(Role.BLOCK_CLOSE))
                || a.is(Role.BLOCK_OPEN) || a.is(Role.EMPTY_OPEN);
        boolean mustBreak = line == null || line.closed();
        // code after a comment that begins a line (`/* note */ let x = 1`) stays on that line
        boolean afterComment = line != null && line.comment && newlines == 0;
        boolean breaks = mustBreak || (!tightInside && !afterComment && (separator || afterOpen || a.is(Role.BLOCK_CLOSE) || (newlines > 0 && !join)));
        if (breaks) {
            if (newlines >= 2 && line != null && !afterOpen && !a.closer() && !tightInside) lines.add(Line.blank());
            Frame top = frames.peek();
            int indent;
            if (a.closer()) indent = top.openIndent();
            else if (continues(separator) && !tightInside) indent = top.contentIndent() + 1;
            else indent = top.contentIndent();
            line = new Line(indent, false);
            lines.add(line);
        } else if (line.last != null && Spacing.between(line.last, a)) {
            line.code.append(' ');
        }
        if (a.is(Role.PROPERTY_ASSIGN) && line.propertyName < 0) {
            line.propertyName = line.code.length() - 1;
            line.block = frames.peek();
        }
        if (a.is(Role.DECL_START)) line.declStart = true;
        if (a.is(Role.DECL_END)) line.declEnd = true;
        line.code.append(a.text());
        line.last = a;
        if (a.closer()) frames.pop();
        if (a.opener()) frames.push(new Frame(line.indent, a.is(Role.BLOCK_OPEN)));
        lastCode = a;
    }

    /** A line break inside a statement that goes on: one level deeper than the statement. */
    private boolean continues(boolean separator) {
        return lastCode != null && !separator && !lastCode.is(Role.BLOCK_OPEN) && !lastCode.is(Role.BLOCK_CLOSE)
                && frames.peek().statements();
    }

    private void comment(Atom a, int index) {
        boolean separator = separated[index];
        if (line != null && newlines == 0) {
            // on the line of the code before it: stays there
            if (a.type() == MetaSpinLexer.BLOCK_COMMENT) {
                line.code.append(' ').append(a.text());
                line.last = a;
            } else {
                line.trailing = a.text();
            }
            return;
        }
        boolean afterOpen = lastCode != null && lastCode.is(Role.BLOCK_OPEN) && line != null && line.last == lastCode;
        if (newlines >= 2 && line != null && !afterOpen) lines.add(Line.blank());
        Frame top = frames.peek();
        boolean beforeClose = nextCodeCloses(index);
        int indent = top.contentIndent() + (!beforeClose && continues(separator) ? 1 : 0);
        line = new Line(Math.max(indent, 0), true);
        line.code.append(a.text());
        line.last = a;
        lines.add(line);
    }

    private boolean nextCodeCloses(int index) {
        for (int i = index + 1; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.newline() || a.comment() || a.type() == MetaSpinLexer.SEMI) continue;
            return a.closer();
        }
        return true;
    }

    /** Marks each atom with whether its gap (between two code atoms) holds a statement separator. */
    private static boolean[] separators(List<Atom> atoms) {
        boolean[] out = new boolean[atoms.size()];
        int gapStart = 0;
        boolean sep = false;
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.is(Role.SEPARATOR)) sep = true;
            boolean code = !a.newline() && !a.comment() && a.type() != MetaSpinLexer.SEMI;
            if (code) {
                for (int j = gapStart; j <= i; j++) out[j] = sep;
                gapStart = i + 1;
                sep = false;
            }
        }
        for (int j = gapStart; j < atoms.size(); j++) out[j] = sep;
        return out;
    }
}
