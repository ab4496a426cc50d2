package org.metaspin.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.DimensionNames;
import org.metaspin.runtime.units.QuantityFormat;
import org.metaspin.runtime.units.Unit;
import org.metaspin.runtime.units.UnitTable;

/**
 * What `metaspin doc` says about the words of the language itself: keywords (each with a
 * line of use), unit symbols (`doc nm`, `doc Oe`), and the dimension types (`doc Length`).
 */
final class LanguageDocs {
    private LanguageDocs() {}

    private static final Map<String, String> KEYWORDS = new LinkedHashMap<>();

    private static void kw(String word, String doc) { KEYWORDS.put(word, doc); }

    static {
        kw("import", "import a module: `import std.materials.{Pt, CoFeB}`, `import lab.devices as dev`");
        kw("as", "name an imported module: `import lab.devices as dev`");
        kw("let", "an immutable binding: `let d = 80 nm`, `let t: Time = 2 ns`");
        kw("var", "a mutable binding: `var n = 0` then `n += 1`");
        kw("fn", "a function: `fn area(w: Length, l: Length = 1 um) -> Area = w * l`");
        kw("return", "leave a function or protocol, with a value where the function has a return type");
        kw("if", "a statement `if c { … } else { … }`, or an expression `if c then a else b`");
        kw("then", "the value of `if c then a else b` when `c` holds");
        kw("else", "the other branch of `if`; `else if` chains");
        kw("for", "a loop over a list or an Int range: `for x in xs { … }`, `for i in 0..10 { … }`");
        kw("in", "the collection of a `for` loop");
        kw("while", "a loop while a condition holds: `while n < 10 { … }`");
        kw("break", "leave the innermost loop");
        kw("continue", "go on with the next round of the innermost loop");
        kw("true", "the Bool true");
        kw("false", "the Bool false");
        kw("and", "logical and, short-circuit: `0 < x and x < 1`");
        kw("or", "logical or, short-circuit");
        kw("not", "logical negation: `not done`");
        kw("assert", "stop with R0001 when a condition is false: `assert d.Delta > 40, \"too volatile\"`");
        kw("print", "print values separated by spaces, quantities in their display unit: `print(\"Delta =\", d.Delta)`");
        kw("protocol", "a recorded experiment: `protocol P(m: Real = 1.35) { … }`, started by `run` or `sweep`");
        kw("run", "run a protocol once as a recorded run: `run P(m = 1.5)`");
        kw("sweep", "run a protocol for every combination of values, in parallel: `sweep P(m = [1.0, 1.35], seed = 1..4)`");
        kw("extends", "a declaration that starts from another value: `device Small extends PtSynapse { shape = disk(diameter = 40 nm) }`");
        kw("with", "a copy of a declared value with properties changed: `PtSynapse with { T = 350 K }`");
        kw("to", "a quantity as a plain number of a unit: `(5 nm) to m` is 5e-9");
    }

    static List<String> keywords() { return List.copyOf(KEYWORDS.keySet()); }

    /** The documentation of a keyword, unit symbol or dimension type, or null. */
    static String lookup(String name) {
        StringBuilder sb = new StringBuilder();
        String kw = KEYWORDS.get(name);
        if (kw != null) sb.append("keyword ").append(name).append("\n    ").append(kw).append('\n');
        Dimension dim = DimensionNames.byName(name);
        if (dim != null) {
            sb.append("type ").append(name).append(" = [").append(QuantityFormat.displayUnit(dim)).append("]\n    a quantity of dimension ")
                    .append(dim).append("; prints in ").append(QuantityFormat.displayUnit(dim))
                    .append(QuantityFormat.takesPrefix(dim) ? " with an engineering prefix" : "").append('\n');
        }
        Unit u = UnitTable.lookup(name);
        if (u != null) {
            String type = u.dimension().isNone() ? "Real" : DimensionNames.isNamed(u.dimension()) ? DimensionNames.nameOf(u.dimension())
                    : "[" + QuantityFormat.displayUnit(u.dimension()) + "]";
            sb.append("unit ").append(name).append("\n    1 ").append(name).append(" = ")
                    .append(u.dimension().isNone() ? QuantityFormat.formatReal(u.scale()) : QuantityFormat.formatReal(u.scale()) + " "
                            + QuantityFormat.displayUnit(u.dimension()).replaceFirst("^$", ""))
                    .append(" (").append(type).append(")\n");
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
