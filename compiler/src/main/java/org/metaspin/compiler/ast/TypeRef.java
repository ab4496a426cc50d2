package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.Span;

/** A type as written in an annotation (§3). */
public sealed interface TypeRef extends Node {
    /** `Real`, `Length`, `Device`, or `List[T]` with one argument. */
    record Named(Span span, String name, TypeRef arg) implements TypeRef {}

    /** `[A/m^2]`. */
    record Dim(Span span, UnitExpr unit) implements TypeRef {}

    record Fn(Span span, List<TypeRef> params, TypeRef result) implements TypeRef {}
}
