package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** A unit expression as written (`mJ/m^2`); the checker resolves the symbols (E0004). */
public record UnitExpr(Span span, List<Factor> factors) {
    /** One symbol with its exponent; {@code divides} when it stands after a `/`. */
    public record Factor(Span span, String symbol, int power, boolean divides) {}

    /** The text as a unit parser reads it. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Factor f : factors) {
            if (sb.length() > 0) sb.append(f.divides() ? "/" : "*");
            sb.append(f.symbol());
            if (f.power() != 1) sb.append('^').append(f.power());
        }
        return sb.toString();
    }
}
