package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** The `{ … }` of a declaration or a `with` (§8). */
public record PropBlock(Span span, List<Item> items) {
    public sealed interface Item extends Node {
        String name();

        Span nameSpan();
    }

    /** `name = value`. */
    public record Set(Span span, String name, Span nameSpan, Expr value) implements Item {}

    /** `name { … }`: an object of the property's block type. */
    public record Nested(Span span, String name, Span nameSpan, PropBlock block) implements Item {}
}
