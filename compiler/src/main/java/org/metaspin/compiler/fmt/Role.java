package org.metaspin.compiler.fmt;

/** What the syntax tree says about a token, as far as layout is concerned. */
enum Role {
    /** A `-` that negates (or the sign of a unit exponent): no space after it. */
    UNARY,
    /** `*`, `/` or `·` inside a unit expression (`mJ/m^2`): no spaces around it. */
    UNIT_OP,
    /** The braces of a block or declaration body written one item per line. */
    BLOCK_OPEN, BLOCK_CLOSE,
    /** The braces of a `with` of one property, kept on one line: `Pt with { rho = 1 }`. */
    INLINE_OPEN, INLINE_CLOSE,
    /** The braces of an empty block: `{}`. */
    EMPTY_OPEN, EMPTY_CLOSE,
    /** The braces of an import list: `import std.materials.{Pt, CoFeB}`. */
    LIST_OPEN, LIST_CLOSE,
    /** A newline or `;` that ends a statement or property (§1). */
    SEPARATOR,
    /** The `=` of a property in a block body: aligned with its neighbours. */
    PROPERTY_ASSIGN,
    /** First and last token of a top-level declaration with a body: set apart by blank lines. */
    DECL_START, DECL_END
}
