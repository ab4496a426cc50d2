package org.metaspin.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.runtime.units.DimensionNames;

/**
 * What the REPL's tab completion and the language server's completion both offer beyond the
 * names of a program: the keywords (read from the lexer, so they cannot drift from §1), the
 * units worth offering right after a number, the type names, and how to tell that the
 * cursor stands after a number.
 */
public final class CompletionWords {
    private CompletionWords() {}

    /** The keywords of §1, in the lexer's order. */
    public static final List<String> KEYWORDS = keywords();

    /** Offered after a number when nothing of the unit is typed yet; every symbol is offered once a letter is. */
    public static final List<String> COMMON_UNITS = List.of("nm", "um", "mm", "m", "ns", "ps", "us", "ms", "s", "A", "mA",
            "uA", "V", "mV", "K", "T", "mT", "Oe", "kOe", "J", "eV", "meV", "Ohm", "kOhm", "Hz", "GHz", "MHz", "%", "deg",
            "A/m", "MA/cm^2", "mJ/m^2", "J/m^3");

    /** The types of §3 and every dimension name of §2.2 (the domain types come from the runtime library). */
    public static final List<String> TYPES = types();

    /** Text that ends with a number, and possibly the part of a unit typed so far: a unit comes next. */
    public static final Pattern AFTER_NUMBER = Pattern.compile(
            "(?:^|[^\\p{L}\\p{Nd}_.])(?:\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)"
            + "(?:\\s*[\\p{L}%Ω]+(?:\\^-?\\d+)?\\s*[*/·])*\\s*$");

    private static List<String> types() {
        List<String> out = new ArrayList<>(List.of("Int", "Real", "Bool", "String", "List"));
        out.addAll(DimensionNames.names());
        return List.copyOf(out);
    }

    private static List<String> keywords() {
        List<String> out = new ArrayList<>();
        for (int t = 1; t <= MetaSpinLexer.VOCABULARY.getMaxTokenType(); t++) {
            String lit = MetaSpinLexer.VOCABULARY.getLiteralName(t);
            if (lit != null && lit.matches("'[a-z]+'")) out.add(lit.substring(1, lit.length() - 1));
        }
        return List.copyOf(out);
    }
}
