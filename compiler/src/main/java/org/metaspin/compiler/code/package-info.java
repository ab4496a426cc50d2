/**
 * The compiler's model of a program's meaning, below every phase (after javac's {@code code}
 * package): {@link org.metaspin.compiler.code.Type types}, {@link org.metaspin.compiler.code.Symbol
 * symbols} and the {@link org.metaspin.compiler.code.Scope scopes} that hold them. Phases read
 * and write these; this package depends on no phase.
 */
package org.metaspin.compiler.code;
