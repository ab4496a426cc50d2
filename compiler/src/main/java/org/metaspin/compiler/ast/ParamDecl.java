package org.metaspin.compiler.ast;

import org.metaspin.compiler.diag.Span;

/** A declared parameter of a `fn`, `protocol` or parameterized declaration. */
public record ParamDecl(Span span, String name, TypeRef type, Expr defaultValue) implements Node {}
