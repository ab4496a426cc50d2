package org.metaspin.compiler.fmt;

import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * `metaspin fmt` (§13): the one layout of a MetaSpin file. Two-space indentation, one
 * statement and one declaration property per line, one space around binary operators and
 * between a number and its unit, none inside units (`mJ/m^2`), the `=` of neighbouring
 * properties aligned, at most one blank line, a blank line around top-level declarations
 * with a body, comments kept where they are. Only layout changes: the program's tokens,
 * apart from `;` written as a newline, stay the same and in the same order, so its meaning
 * does. Formatting formatted text changes nothing.
 */
public final class Formatter {
    /** The formatted text, or null with the syntax errors that prevent formatting. */
    public record Result(String text, Diagnostics diagnostics) {
        public boolean ok() { return text != null; }
    }

    private Formatter() {}

    public static Result format(SourceFile file) {
        Diagnostics diags = new Diagnostics();
        SourceParser.Syntax syntax = new SourceParser(UnitTable::isUnitSymbol).syntax(file, diags);
        if (syntax == null) return new Result(null, diags);
        Roles roles = new Roles(syntax.tree());
        return new Result(Finish.render(new Layout(Atom.of(file.text(), roles)).lines()), diags);
    }
}
