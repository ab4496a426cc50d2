package org.metaspin.compiler.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.ast.PropBlock;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.ast.TypeRef;
import org.metaspin.compiler.ast.UnitExpr;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.grammar.MetaSpinParser;
import org.metaspin.grammar.MetaSpinParser.*;

/**
 * Builds the immutable AST from ANTLR's parse tree. It also reports the few syntax rules
 * the grammar leaves to it: comparisons do not chain, only calls stand as statements, and
 * only names and members can be assigned.
 */
final class AstBuilder {
    private final String moduleName;
    private final Spans spans;
    private final Diagnostics diags;

    AstBuilder(String moduleName, Spans spans, Diagnostics diags) {
        this.moduleName = moduleName;
        this.spans = spans;
        this.diags = diags;
    }

    Module file(FileContext ctx) {
        List<Stmt> items = new ArrayList<>();
        for (TopItemContext t : ctx.topItem()) items.add(topItem(t));
        return new Module(moduleName, spans.file(), items);
    }

    private Span span(ParserRuleContext ctx) { return spans.of(ctx); }

    private Span span(Token t) { return spans.of(t); }

    private Stmt topItem(TopItemContext ctx) {
        if (ctx.importDecl() != null) return importDecl(ctx.importDecl());
        if (ctx.protocolDecl() != null) {
            ProtocolDeclContext p = ctx.protocolDecl();
            return new Stmt.Protocol(span(p), p.name.getText(), span(p.name), params(p.params()), block(p.block()), doc(p));
        }
        return stmt(ctx.stmt());
    }

    private Stmt importDecl(ImportDeclContext ctx) {
        ModulePathContext mp = ctx instanceof ImportNamesContext n ? n.modulePath() : ((ImportAliasContext) ctx).modulePath();
        List<String> path = mp.IDENT().stream().map(TerminalNode::getText).toList();
        if (ctx instanceof ImportAliasContext a) {
            return new Stmt.Import(span(ctx), path, span(mp), null, a.alias.getText());
        }
        ImportNamesContext n = (ImportNamesContext) ctx;
        List<Stmt.ImportName> names = n.LBRACE() == null ? null
                : n.importName().stream().map(i -> new Stmt.ImportName(span(i), i.getText())).toList();
        return new Stmt.Import(span(ctx), path, span(mp), names, null);
    }

    /** `///` lines directly above the line where a declaration starts (§1, §15). */
    private String doc(ParserRuleContext ctx) {
        SourceFile f = spans.file();
        int line = span(ctx).line() - 1;
        List<String> lines = new ArrayList<>();
        while (line >= 1) {
            String text = f.lineText(line).strip();
            if (!text.startsWith("///")) break;
            lines.add(0, text.substring(3).strip());
            line--;
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private List<ParamDecl> params(ParamsContext ctx) {
        if (ctx == null) return List.of();
        return each(ctx.param(), p -> new ParamDecl(span(p), p.IDENT().getText(), type(p.type()), p.expr() == null ? null : expr(p.expr())));
    }

    private Stmt.Block block(BlockContext ctx) {
        return new Stmt.Block(span(ctx), each(ctx.stmt(), this::stmt));
    }

    private Stmt stmt(StmtContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof LetStmtContext c) {
            return new Stmt.Let(s, c.IDENT().getText(), span(c.IDENT().getSymbol()), c.type() == null ? null : type(c.type()), expr(c.expr()), false, doc(c));
        }
        if (ctx instanceof VarStmtContext c) {
            return new Stmt.Let(s, c.IDENT().getText(), span(c.IDENT().getSymbol()), c.type() == null ? null : type(c.type()), expr(c.expr()), true, doc(c));
        }
        if (ctx instanceof AssignStmtContext c) {
            Expr target = expr(c.expr(0));
            if (!(target instanceof Expr.Name) && !(target instanceof Expr.Member)) {
                diags.report(Diagnostic.of(Code.E0001, target.span(), "cannot assign to this expression")
                        .withHelp("only a `var` binding can be assigned: `x = …`"));
            }
            BinOp op = switch (c.op.getType()) {
                case MetaSpinLexer.PLUS_EQ -> BinOp.ADD;
                case MetaSpinLexer.MINUS_EQ -> BinOp.SUB;
                case MetaSpinLexer.STAR_EQ -> BinOp.MUL;
                case MetaSpinLexer.SLASH_EQ -> BinOp.DIV;
                default -> null;
            };
            return new Stmt.Assign(s, target, op, expr(c.expr(1)));
        }
        if (ctx instanceof IfStatementContext c) return ifStmt(c.ifStmt());
        if (ctx instanceof ForStmtContext c) {
            return new Stmt.For(s, c.IDENT().getText(), span(c.IDENT().getSymbol()), expr(c.expr()), block(c.block()));
        }
        if (ctx instanceof WhileStmtContext c) return new Stmt.While(s, expr(c.expr()), block(c.block()));
        if (ctx instanceof BreakStmtContext) return new Stmt.Break(s);
        if (ctx instanceof ContinueStmtContext) return new Stmt.Continue(s);
        if (ctx instanceof ReturnStmtContext c) return new Stmt.Return(s, c.expr() == null ? null : expr(c.expr()));
        if (ctx instanceof AssertStmtContext c) {
            return new Stmt.Assert(s, expr(c.expr(0)), c.expr().size() > 1 ? expr(c.expr(1)) : null);
        }
        if (ctx instanceof PrintStmtContext c) {
            List<Expr> args = new ArrayList<>();
            for (Expr.Arg a : args(c.args())) {
                if (a.name() != null) {
                    diags.report(Diagnostic.of(Code.E0205, a.span(), "`print` takes no named arguments"));
                }
                args.add(a.value());
            }
            return new Stmt.Print(s, args);
        }
        if (ctx instanceof RunStmtContext c) return new Stmt.Run(s, c.IDENT().getText(), span(c.IDENT().getSymbol()), args(c.args()), false);
        if (ctx instanceof SweepStmtContext c) return new Stmt.Run(s, c.IDENT().getText(), span(c.IDENT().getSymbol()), args(c.args()), true);
        if (ctx instanceof FnStmtContext c) return fn(c.fnDecl());
        if (ctx instanceof KindStmtContext c) return kind(c.kindDecl());
        ExprStmtContext c = (ExprStmtContext) ctx;
        Expr e = expr(c.expr());
        if (!(e instanceof Expr.Call)) {
            diags.report(Diagnostic.of(Code.E0001, e.span(), "this expression does nothing as a statement")
                    .withLabel("only calls can stand alone")
                    .withHelp("bind it with `let`, or `print` it"));
        }
        return new Stmt.ExprStmt(s, e);
    }

    private Stmt ifStmt(IfStmtContext c) {
        Stmt otherwise = null;
        if (c.ifStmt() != null) otherwise = ifStmt(c.ifStmt());
        else if (c.block().size() > 1) otherwise = block(c.block(1));
        return new Stmt.If(span(c), expr(c.expr()), block(c.block(0)), otherwise);
    }

    private Stmt.Fn fn(FnDeclContext c) {
        return new Stmt.Fn(span(c), c.name.getText(), span(c.name), params(c.params()),
                c.type() == null ? null : type(c.type()),
                c.expr() == null ? null : expr(c.expr()),
                c.block() == null ? null : block(c.block()), doc(c));
    }

    private Stmt.Kind kind(KindDeclContext c) {
        return new Stmt.Kind(span(c), c.kind.getText(), span(c.kind), c.name.getText(), span(c.name),
                c.LPAREN() == null ? null : params(c.params()),
                c.expr() == null ? null : expr(c.expr()), propBlock(c.propBlock()), doc(c));
    }

    private PropBlock propBlock(PropBlockContext c) {
        List<PropBlock.Item> items = new ArrayList<>();
        for (PropItemContext p : c.propItem()) {
            if (p instanceof PropSetContext s) {
                items.add(new PropBlock.Set(span(s), s.IDENT().getText(), span(s.IDENT().getSymbol()), expr(s.expr())));
            } else {
                PropNestedContext n = (PropNestedContext) p;
                items.add(new PropBlock.Nested(span(n), n.IDENT().getText(), span(n.IDENT().getSymbol()), propBlock(n.propBlock())));
            }
        }
        return new PropBlock(span(c), items);
    }

    private List<Expr.Arg> args(ArgsContext c) {
        if (c == null) return List.of();
        return each(c.arg(), a -> new Expr.Arg(span(a), a.IDENT() == null ? null : a.IDENT().getText(), expr(a.expr())));
    }

    private TypeRef type(TypeContext c) {
        if (c instanceof NamedTypeContext n) {
            return new TypeRef.Named(span(n), n.IDENT().getText(), n.type() == null ? null : type(n.type()));
        }
        if (c instanceof DimTypeContext d) return new TypeRef.Dim(span(d), unit(d.unitExpr()));
        FnTypeContext f = (FnTypeContext) c;
        List<TypeRef> all = each(f.type(), this::type);
        return new TypeRef.Fn(span(f), all.subList(0, all.size() - 1), all.get(all.size() - 1));
    }

    private UnitExpr unit(UnitExprContext c) {
        List<UnitExpr.Factor> factors = new ArrayList<>();
        boolean divides = false;
        int opIndex = 0;
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof TerminalNode op) {
                divides = op.getSymbol().getType() == MetaSpinLexer.SLASH;
                opIndex++;
                continue;
            }
            UnitFactorContext f = (UnitFactorContext) c.getChild(i);
            int power = 1;
            if (f.NUMBER() != null) {
                String digits = f.NUMBER().getText().replace("_", "");
                if (digits.length() > 3 || !isDigits(digits)) {
                    diags.report(Diagnostic.of(Code.E0204, span(f.NUMBER().getSymbol()),
                            "a unit's exponent must be a small integer"));
                } else {
                    power = Integer.parseInt(digits);
                }
                if (f.MINUS() != null) power = -power;
            }
            factors.add(new UnitExpr.Factor(span(f), f.sym.getText(), power, divides));
        }
        return new UnitExpr(span(c), factors);
    }

    Expr expr(ExprContext ctx) {
        Span s = span(ctx);
        if (ctx instanceof NumberExprContext c) {
            String text = c.NUMBER().getText();
            boolean integral = !text.contains(".") && !text.contains("e") && !text.contains("E");
            return Expr.Num.of(s, text, integral, c.unitExpr() == null ? null : unit(c.unitExpr()));
        }
        if (ctx instanceof BadNumberExprContext c) {
            // Already reported by the lexical check; kept total for safety.
            return Expr.Num.of(s, "0", true, null);
        }
        if (ctx instanceof StringExprContext c) return string(c.string());
        if (ctx instanceof BoolExprContext c) return new Expr.Bool(s, c.TRUE() != null);
        if (ctx instanceof NameExprContext c) return new Expr.Name(s, c.IDENT().getText());
        if (ctx instanceof ParenExprContext c) {
            Expr inner = expr(c.expr());
            return rewrap(inner, s);
        }
        if (ctx instanceof ListExprContext c) return new Expr.ListLit(s, each(c.expr(), this::expr));
        if (ctx instanceof NegExprContext c) return new Expr.Neg(s, expr(c.expr()));
        if (ctx instanceof NotExprContext c) return new Expr.Not(s, expr(c.expr()));
        if (ctx instanceof PowerExprContext c) return new Expr.Binary(s, BinOp.POW, expr(c.expr(0)), expr(c.expr(1)));
        if (ctx instanceof MulExprContext c) {
            return new Expr.Binary(s, c.op.getType() == MetaSpinLexer.STAR ? BinOp.MUL : BinOp.DIV, expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof AddExprContext c) {
            return new Expr.Binary(s, c.op.getType() == MetaSpinLexer.PLUS ? BinOp.ADD : BinOp.SUB, expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof RangeExprContext c) {
            return new Expr.Range(s, expr(c.expr(0)), expr(c.expr(1)), c.op.getType() == MetaSpinLexer.RANGE_INCL);
        }
        if (ctx instanceof ConvertExprContext c) return new Expr.Convert(s, expr(c.expr()), unit(c.unitExpr()));
        if (ctx instanceof CompareExprContext c) {
            for (ExprContext side : c.expr()) {
                if (side instanceof CompareExprContext) {
                    diags.report(Diagnostic.of(Code.E0001, s, "comparisons do not chain")
                            .withHelp("write `a < b and b < c`"));
                }
            }
            BinOp op = switch (c.op.getType()) {
                case MetaSpinLexer.EQ -> BinOp.EQ;
                case MetaSpinLexer.NE -> BinOp.NE;
                case MetaSpinLexer.LT -> BinOp.LT;
                case MetaSpinLexer.LE -> BinOp.LE;
                case MetaSpinLexer.GT -> BinOp.GT;
                default -> BinOp.GE;
            };
            return new Expr.Binary(s, op, expr(c.expr(0)), expr(c.expr(1)));
        }
        if (ctx instanceof AndExprContext c) return new Expr.Binary(s, BinOp.AND, expr(c.expr(0)), expr(c.expr(1)));
        if (ctx instanceof OrExprContext c) return new Expr.Binary(s, BinOp.OR, expr(c.expr(0)), expr(c.expr(1)));
        if (ctx instanceof CondExprContext c) return new Expr.Cond(s, expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)));
        if (ctx instanceof LambdaExprContext c) {
            LambdaParamsContext lp = c.lambdaParams();
            List<Expr.LambdaParam> ps = lp.IDENT() != null
                    ? List.of(new Expr.LambdaParam(span(lp.IDENT().getSymbol()), lp.IDENT().getText(), null))
                    : lp.lambdaParam().stream().map(p -> new Expr.LambdaParam(span(p), p.IDENT().getText(),
                            p.type() == null ? null : type(p.type()))).toList();
            return new Expr.Lambda(s, ps, expr(c.expr()));
        }
        if (ctx instanceof CallExprContext c) return new Expr.Call(s, expr(c.expr()), args(c.args()));
        if (ctx instanceof IndexExprContext c) return new Expr.Index(s, expr(c.expr(0)), expr(c.expr(1)));
        if (ctx instanceof MemberExprContext c) {
            return new Expr.Member(s, expr(c.expr()), c.IDENT().getText(), span(c.IDENT().getSymbol()));
        }
        WithExprContext c = (WithExprContext) ctx;
        return new Expr.With(s, expr(c.expr()), propBlock(c.propBlock()));
    }

    /**
     * A parenthesized expression keeps the span with its parentheses (carets cover what the
     * user wrote) but no node of its own; comparison chaining is checked on the parse tree.
     */
    private static Expr rewrap(Expr e, Span s) {
        if (e instanceof Expr.Num n) return n.at(s);
        if (e instanceof Expr.Binary b) return new Expr.Binary(s, b.op(), b.left(), b.right());
        if (e instanceof Expr.Neg n) return new Expr.Neg(s, n.operand());
        if (e instanceof Expr.Convert c) return new Expr.Convert(s, c.value(), c.unit());
        return e;
    }

    private Expr string(StringContext c) {
        List<Expr.StrPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (StringPartContext p : c.stringPart()) {
            if (p instanceof StrTextContext t) {
                text.append(t.getText());
            } else if (p instanceof StrEscapeContext e) {
                char ch = e.getText().charAt(1);
                text.append(switch (ch) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> ch;
                });
            } else if (p instanceof StrInterpContext i) {
                if (text.length() > 0) parts.add(new Expr.Text(text.toString()));
                text.setLength(0);
                parts.add(new Expr.Interp(expr(i.expr())));
            }
        }
        if (text.length() > 0 || parts.isEmpty()) parts.add(new Expr.Text(text.toString()));
        return new Expr.Str(span(c), parts);
    }

    /**
     * {@code f} of every element, as an unmodifiable list: the AST's lists are small and built
     * by the thousand, where a stream's set-up costs more than the loop.
     */
    private static <A, B> List<B> each(List<A> in, java.util.function.Function<A, B> f) {
        Object[] out = new Object[in.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.apply(in.get(i));
        @SuppressWarnings("unchecked")
        List<B> list = (List<B>) java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
        return list;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
