package org.metaspin.compiler.diag;

/** Every diagnostic code of LANGUAGE.md §14; the long explanation is a resource beside this class. */
public enum Code {
    E0001("syntax error"),
    E0002("unterminated string or comment"),
    E0003("malformed number"),
    E0004("unknown unit"),
    E0101("undefined name"),
    E0102("duplicate definition in one scope"),
    E0103("module not found"),
    E0104("assignment to an immutable binding"),
    E0105("import cycle"),
    E0106("unknown declaration kind"),
    E0107("a `var` captured by a lambda or nested function"),
    E0201("type mismatch"),
    E0202("dimension mismatch"),
    E0203("dimensioned argument where a dimensionless one is needed"),
    E0204("exponent of a dimensioned base is not an Int constant"),
    E0205("unknown, duplicate or surplus argument"),
    E0206("missing argument"),
    E0207("not callable, not indexable, or no such member"),
    E0208("dimension exponent out of range"),
    E0301("unknown property"),
    E0302("property of the wrong type or dimension"),
    E0303("required property missing"),
    E0304("constant property value violates its constraint"),
    E0305("assignment to a derived property"),
    E0401("`break`, `continue` or `return` out of place"),
    E0402("function may end without returning a value"),
    W0001("unused binding"),
    W0002("unit symbol shadows a variable");

    public final String title;

    Code(String title) { this.title = title; }

    public Severity severity() { return name().startsWith("W") ? Severity.WARNING : Severity.ERROR; }

    /** The long explanation printed by {@code metaspin explain CODE} (Markdown). */
    public String explanation() { return Explanations.of(name()); }

    public enum Severity {
        ERROR, WARNING;

        public String word() { return this == ERROR ? "error" : "warning"; }
    }
}
