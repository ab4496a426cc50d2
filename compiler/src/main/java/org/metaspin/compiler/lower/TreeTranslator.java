package org.metaspin.compiler.lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.check.CallTarget;

/**
 * Copies an attributed module, node by node, into a new tree with its own attribution; a
 * subclass overrides the kinds of node it rewrites. A node is rebuilt only when one of its
 * children changed, and a rebuilt node takes over the findings the checker made about the
 * node it replaces, so the old tree and its attribution stay as the checker left them.
 */
abstract class TreeTranslator implements Expr.Visitor<Expr>, Stmt.Visitor<Stmt> {
    /** What the checker found about the tree being translated. */
    protected final Attribution in;
    /** What holds of the nodes made by the translation: the findings they take over, and new ones. */
    protected final Attribution out;
    /** Expressions are translated without context, so each node's translation is kept. */
    private final Map<Expr, Expr> translated;

    TreeTranslator(Attribution in) {
        this.in = in;
        this.out = new Attribution(in.module);
        // sized for every typed expression at once: growing by doubling rehashed it a dozen times on a large file
        this.translated = new IdentityHashMap<>(in.types.size());
    }

    /** The attribution of the translated module {@code m}: the checker's findings and the translation's. */
    protected Attribution result(Module m) {
        Attribution a = in.copyFor(m);
        a.addAll(out);
        return a;
    }

    /**
     * The translation of {@code e}, made once per node: a node that two places share (an
     * argument is also in its call's resolved target) translates to the same new node, and a
     * call nested n deep costs n translations, not 2^n.
     */
    protected Expr expr(Expr e) {
        if (e == null) return null;
        Expr done = translated.get(e);
        if (done != null) return done;
        Expr r = e.accept(this);
        if (r != e) {
            out.takeOver(in, e, r);
            if (e instanceof Expr.Call c && in.calls.get(c) != null) out.calls.put((Expr.Call) r, target(in.calls.get(c)));
        }
        translated.put(e, r);
        return r;
    }

    protected Stmt stmt(Stmt s) {
        if (s == null) return null;
        Stmt r = s.accept(this);
        if (r != s) out.takeOver(in, s, r);
        return r;
    }

    protected List<Expr> exprs(List<Expr> es) {
        List<Expr> r = new ArrayList<>(es.size());
        boolean same = true;
        for (Expr e : es) {
            Expr t = expr(e);
            same &= t == e;
            r.add(t);
        }
        return same ? es : r;
    }

    protected List<Stmt> stmts(List<Stmt> ss) {
        List<Stmt> r = new ArrayList<>(ss.size());
        boolean same = true;
        for (Stmt s : ss) {
            Stmt t = stmt(s);
            same &= t == s;
            r.add(t);
        }
        return same ? ss : r;
    }

    protected Stmt.Block block(Stmt.Block b) {
        return (Stmt.Block) stmt(b);
    }

    private List<Expr.Arg> args(List<Expr.Arg> as) {
        List<Expr.Arg> r = new ArrayList<>(as.size());
        boolean same = true;
        for (Expr.Arg a : as) {
            Expr v = expr(a.value());
            same &= v == a.value();
            r.add(v == a.value() ? a : new Expr.Arg(a.span(), a.name(), v));
        }
        return same ? as : r;
    }

    private List<ParamDecl> params(List<ParamDecl> ps) {
        if (ps == null) return null;
        List<ParamDecl> r = new ArrayList<>(ps.size());
        boolean same = true;
        for (ParamDecl p : ps) {
            Expr d = expr(p.defaultValue());
            ParamDecl q = d == p.defaultValue() ? p : new ParamDecl(p.span(), p.name(), p.type(), d);
            if (q != p) out.takeOver(in, p, q);
            same &= q == p;
            r.add(q);
        }
        return same ? ps : r;
    }

    private PropBlock props(PropBlock b) {
        List<PropBlock.Item> r = new ArrayList<>(b.items().size());
        boolean same = true;
        for (PropBlock.Item i : b.items()) {
            PropBlock.Item t = i;
            if (i instanceof PropBlock.Set s) {
                Expr v = expr(s.value());
                if (v != s.value()) t = new PropBlock.Set(s.span(), s.name(), s.nameSpan(), v);
            } else if (i instanceof PropBlock.Nested n) {
                PropBlock nb = props(n.block());
                if (nb != n.block()) t = new PropBlock.Nested(n.span(), n.name(), n.nameSpan(), nb);
            }
            same &= t == i;
            r.add(t);
        }
        return same ? b : new PropBlock(b.span(), r);
    }

    /** The checker's resolution of a call, with its arguments translated. */
    private CallTarget target(CallTarget t) {
        List<Expr> args = new ArrayList<>(t.args().size());
        for (Expr a : t.args()) args.add(expr(a));
        if (t instanceof CallTarget.ToFunction f) return new CallTarget.ToFunction(f.fn(), args);
        if (t instanceof CallTarget.ToBuiltin b) return new CallTarget.ToBuiltin(b.builtin(), args);
        if (t instanceof CallTarget.ToKind k) return new CallTarget.ToKind(k.kind(), args);
        if (t instanceof CallTarget.ToProtocol p) return new CallTarget.ToProtocol(p.protocol(), args);
        if (t instanceof CallTarget.ToValue v) return new CallTarget.ToValue(expr(v.callee()), v.type(), args);
        if (t instanceof CallTarget.ToIntrinsic i) return new CallTarget.ToIntrinsic(i.which(), args);
        throw new IllegalStateException(t.toString());
    }

    // ------------------------------------------------------------------ expressions

    @Override
    public Expr visitNum(Expr.Num e) { return e; }

    @Override
    public Expr visitStr(Expr.Str e) {
        List<Expr.StrPart> parts = new ArrayList<>(e.parts().size());
        boolean same = true;
        for (Expr.StrPart p : e.parts()) {
            if (p instanceof Expr.Interp i) {
                Expr x = expr(i.expr());
                same &= x == i.expr();
                parts.add(x == i.expr() ? p : new Expr.Interp(x));
            } else {
                parts.add(p);
            }
        }
        return same ? e : new Expr.Str(e.span(), parts);
    }

    @Override
    public Expr visitBool(Expr.Bool e) { return e; }

    @Override
    public Expr visitName(Expr.Name e) { return e; }

    @Override
    public Expr visitListLit(Expr.ListLit e) {
        List<Expr> es = exprs(e.elements());
        return es == e.elements() ? e : new Expr.ListLit(e.span(), es);
    }

    @Override
    public Expr visitNeg(Expr.Neg e) {
        Expr o = expr(e.operand());
        return o == e.operand() ? e : new Expr.Neg(e.span(), o);
    }

    @Override
    public Expr visitNot(Expr.Not e) {
        Expr o = expr(e.operand());
        return o == e.operand() ? e : new Expr.Not(e.span(), o);
    }

    @Override
    public Expr visitBinary(Expr.Binary e) {
        Expr l = expr(e.left());
        Expr r = expr(e.right());
        return l == e.left() && r == e.right() ? e : new Expr.Binary(e.span(), e.op(), l, r);
    }

    @Override
    public Expr visitCond(Expr.Cond e) {
        Expr c = expr(e.cond());
        Expr t = expr(e.then());
        Expr o = expr(e.otherwise());
        return c == e.cond() && t == e.then() && o == e.otherwise() ? e : new Expr.Cond(e.span(), c, t, o);
    }

    @Override
    public Expr visitLambda(Expr.Lambda e) {
        Expr b = expr(e.body());
        return b == e.body() ? e : new Expr.Lambda(e.span(), e.params(), b);
    }

    @Override
    public Expr visitCall(Expr.Call e) {
        Expr callee = expr(e.callee());
        List<Expr.Arg> args = args(e.args());
        CallTarget t = in.calls.get(e);
        boolean targetSame = t == null || t.args().stream().allMatch(a -> a == null || expr(a) == a)
                && (!(t instanceof CallTarget.ToValue v) || expr(v.callee()) == v.callee());
        return callee == e.callee() && args == e.args() && targetSame ? e : new Expr.Call(e.span(), callee, args);
    }

    @Override
    public Expr visitIndex(Expr.Index e) {
        Expr t = expr(e.target());
        Expr i = expr(e.index());
        return t == e.target() && i == e.index() ? e : new Expr.Index(e.span(), t, i);
    }

    @Override
    public Expr visitMember(Expr.Member e) {
        Expr t = expr(e.target());
        return t == e.target() ? e : new Expr.Member(e.span(), t, e.name(), e.nameSpan());
    }

    @Override
    public Expr visitWith(Expr.With e) {
        Expr t = expr(e.target());
        PropBlock p = props(e.props());
        return t == e.target() && p == e.props() ? e : new Expr.With(e.span(), t, p);
    }

    @Override
    public Expr visitConvert(Expr.Convert e) {
        Expr v = expr(e.value());
        return v == e.value() ? e : new Expr.Convert(e.span(), v, e.unit());
    }

    @Override
    public Expr visitRange(Expr.Range e) {
        Expr f = expr(e.from());
        Expr t = expr(e.to());
        return f == e.from() && t == e.to() ? e : new Expr.Range(e.span(), f, t, e.inclusive());
    }

    // ------------------------------------------------------------------ statements

    @Override
    public Stmt visitLet(Stmt.Let s) {
        Expr v = expr(s.value());
        return v == s.value() ? s : new Stmt.Let(s.span(), s.name(), s.nameSpan(), s.type(), v, s.mutable(), s.doc());
    }

    @Override
    public Stmt visitAssign(Stmt.Assign s) {
        Expr t = expr(s.target());
        Expr v = expr(s.value());
        return t == s.target() && v == s.value() ? s : new Stmt.Assign(s.span(), t, s.op(), v);
    }

    @Override
    public Stmt visitIf(Stmt.If s) {
        Expr c = expr(s.cond());
        Stmt.Block t = block(s.then());
        Stmt o = stmt(s.otherwise());
        return c == s.cond() && t == s.then() && o == s.otherwise() ? s : new Stmt.If(s.span(), c, t, o);
    }

    @Override
    public Stmt visitFor(Stmt.For s) {
        Expr i = expr(s.iterable());
        Stmt.Block b = block(s.body());
        return i == s.iterable() && b == s.body() ? s : new Stmt.For(s.span(), s.var(), s.varSpan(), i, b);
    }

    @Override
    public Stmt visitWhile(Stmt.While s) {
        Expr c = expr(s.cond());
        Stmt.Block b = block(s.body());
        return c == s.cond() && b == s.body() ? s : new Stmt.While(s.span(), c, b);
    }

    @Override
    public Stmt visitBreak(Stmt.Break s) { return s; }

    @Override
    public Stmt visitContinue(Stmt.Continue s) { return s; }

    @Override
    public Stmt visitReturn(Stmt.Return s) {
        Expr v = expr(s.value());
        return v == s.value() ? s : new Stmt.Return(s.span(), v);
    }

    @Override
    public Stmt visitAssert(Stmt.Assert s) {
        Expr c = expr(s.cond());
        Expr m = expr(s.message());
        return c == s.cond() && m == s.message() ? s : new Stmt.Assert(s.span(), c, m);
    }

    @Override
    public Stmt visitPrint(Stmt.Print s) {
        List<Expr> as = exprs(s.args());
        return as == s.args() ? s : new Stmt.Print(s.span(), as);
    }

    @Override
    public Stmt visitExprStmt(Stmt.ExprStmt s) {
        Expr e = expr(s.expr());
        return e == s.expr() ? s : new Stmt.ExprStmt(s.span(), e);
    }

    @Override
    public Stmt visitRun(Stmt.Run s) {
        List<Expr.Arg> as = args(s.args());
        return as == s.args() ? s : new Stmt.Run(s.span(), s.protocol(), s.nameSpan(), as, s.sweep());
    }

    @Override
    public Stmt visitBlock(Stmt.Block s) {
        List<Stmt> ss = stmts(s.stmts());
        return ss == s.stmts() ? s : new Stmt.Block(s.span(), ss);
    }

    @Override
    public Stmt visitFn(Stmt.Fn s) {
        List<ParamDecl> ps = params(s.params());
        Expr e = expr(s.exprBody());
        Stmt.Block b = s.body() == null ? null : block(s.body());
        return ps == s.params() && e == s.exprBody() && b == s.body() ? s
                : new Stmt.Fn(s.span(), s.name(), s.nameSpan(), ps, s.result(), e, b, s.doc());
    }

    @Override
    public Stmt visitProtocol(Stmt.Protocol s) {
        List<ParamDecl> ps = params(s.params());
        Stmt.Block b = block(s.body());
        return ps == s.params() && b == s.body() ? s : new Stmt.Protocol(s.span(), s.name(), s.nameSpan(), ps, b, s.doc());
    }

    @Override
    public Stmt visitKind(Stmt.Kind s) {
        List<ParamDecl> ps = params(s.params());
        Expr parent = expr(s.parent());
        PropBlock p = props(s.props());
        return ps == s.params() && parent == s.parent() && p == s.props() ? s
                : new Stmt.Kind(s.span(), s.kind(), s.kindSpan(), s.name(), s.nameSpan(), ps, parent, p, s.doc());
    }

    @Override
    public Stmt visitImport(Stmt.Import s) { return s; }
}
