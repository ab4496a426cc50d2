package org.metaspin.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Type;

/**
 * The lower phase (DESIGN.md): rewrites an attributed module into the smaller language that
 * the generator emits, so that each construct below has one way to be generated.
 * <ul>
 *   <li>{@code a..=b} becomes {@code a..(b + 1)}: loops, slices and range values see only
 *       ranges that exclude their end;
 *   <li>{@code x op= v} becomes {@code x = x op v}, with the operation the checker typed;
 *   <li>{@code run P(args)} becomes the call {@code P(args)} (a protocol call is a run);
 *   <li>{@code print(a, b, …)} becomes the print of one interpolated string
 *       {@code "${a} ${b} …"}, so that text is built in one place.
 * </ul>
 * The checked module and its attribution are not changed: the result is a new tree with
 * an attribution of its own.
 */
public final class Lower extends TreeTranslator {
    private Lower(Attribution in) {
        super(in);
    }

    /** The lowered module and its attribution; {@code a} itself when nothing needs lowering. */
    public static Attribution lower(Attribution a) {
        Lower l = new Lower(a);
        List<Stmt> items = l.stmts(a.module.items());
        if (items == a.module.items()) return a;
        return l.result(new Module(a.module.name(), a.module.source(), items));
    }

    @Override
    public Expr visitRange(Expr.Range e) {
        Expr.Range r = (Expr.Range) super.visitRange(e);
        if (!r.inclusive()) return r;
        Expr.Num one = Expr.Num.of(r.to().span(), "1", true, null);
        Expr.Binary end = new Expr.Binary(r.to().span(), Expr.BinOp.ADD, r.to(), one);
        out.types.put(one, Type.INT);
        out.types.put(end, Type.INT);
        return new Expr.Range(r.span(), r.from(), end, false);
    }

    @Override
    public Stmt visitAssign(Stmt.Assign s) {
        if (s.op() == null) return super.visitAssign(s);
        return new Stmt.Assign(s.span(), expr(s.target()), null, expr(in.compound.get(s)));
    }

    @Override
    public Stmt visitRun(Stmt.Run s) {
        if (s.sweep()) return super.visitRun(s);
        Expr.Call call = (Expr.Call) expr(in.runs.get(s));
        out.types.put(call, Type.VOID);
        return new Stmt.ExprStmt(s.span(), call);
    }

    @Override
    public Stmt visitPrint(Stmt.Print s) {
        if (s.args().size() < 2) return super.visitPrint(s);
        List<Expr.StrPart> parts = new ArrayList<>();
        for (Expr a : s.args()) {
            if (!parts.isEmpty()) parts.add(new Expr.Text(" "));
            parts.add(new Expr.Interp(expr(a)));
        }
        Expr.Str line = new Expr.Str(s.span(), parts);
        out.types.put(line, Type.STRING);
        return new Stmt.Print(s.span(), List.of(line));
    }
}
