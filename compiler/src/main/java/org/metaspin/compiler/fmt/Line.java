package org.metaspin.compiler.fmt;

import org.metaspin.grammar.MetaSpinLexer;

/** One output line while it is built: its indent level, code, and what the final passes need to know. */
final class Line {
    final int indent;
    final StringBuilder code = new StringBuilder();
    /** The line holds only a comment. */
    final boolean comment;
    /** Last atom written on the line (for spacing), null when none. */
    Atom last;
    /** A `//` comment at the end of the line: nothing may follow it on this line. */
    String trailing;
    /** Width of the property name when the line starts a property of a block body, else -1. */
    int propertyName = -1;
    /** The block body the property belongs to (alignment runs within one body). */
    Object block;
    boolean declStart;
    boolean declEnd;

    Line(int indent, boolean comment) {
        this.indent = indent;
        this.comment = comment;
    }

    static Line blank() {
        return new Line(0, false);
    }

    boolean isBlank() {
        return !comment && code.length() == 0 && trailing == null;
    }

    /** Ends with a `//` comment: nothing may follow on this line. */
    boolean closed() {
        return trailing != null || (last != null && last.type() != MetaSpinLexer.BLOCK_COMMENT && last.comment());
    }
}
