package org.metaspin.compiler.check;

import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/** What `x.name` resolved to. */
public sealed interface MemberTarget {
    /** A property of a domain value (a getter of the runtime class). */
    record Property(RuntimeLibrary.PropInfo prop) implements MemberTarget {}

    /** An entry of an open block (`A.variability.Ms`): any name, a dimensionless Real, read from its properties. */
    record OpenEntry(String name) implements MemberTarget {}

    /** A name exported by a module: `std.materials.CoFeB`. */
    record Export(Symbol symbol) implements MemberTarget {}

    /** A longer module path: `std` then `.materials`. */
    record SubModule(String name) implements MemberTarget {}
}
