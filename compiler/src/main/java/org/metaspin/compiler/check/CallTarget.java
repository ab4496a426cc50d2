package org.metaspin.compiler.check;

import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;

/**
 * How the checker resolved a call; {@code args} are in parameter order, with the default
 * expression standing in for an omitted argument (or null when the callee computes it).
 */
public sealed interface CallTarget {
    List<Expr> args();

    record ToFunction(Symbol.Function fn, List<Expr> args) implements CallTarget {}

    record ToBuiltin(BuiltinFn builtin, List<Expr> args) implements CallTarget {}

    record ToKind(Symbol.KindDecl kind, List<Expr> args) implements CallTarget {}

    record ToProtocol(Symbol.Protocol protocol, List<Expr> args) implements CallTarget {}

    /** A call through a function value. */
    record ToValue(Expr callee, Type.FnT type, List<Expr> args) implements CallTarget {}

    /** A polymorphic builtin typed by the checker ({@link Intrinsic}). */
    record ToIntrinsic(Intrinsic which, List<Expr> args) implements CallTarget {}
}
