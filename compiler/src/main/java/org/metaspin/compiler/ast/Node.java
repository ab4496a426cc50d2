package org.metaspin.compiler.ast;

import org.metaspin.compiler.diag.Span;

/** Every AST node is an immutable record that knows where it came from. */
public interface Node {
    Span span();
}
