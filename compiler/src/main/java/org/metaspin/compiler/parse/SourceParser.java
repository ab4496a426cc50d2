package org.metaspin.compiler.parse;

import java.util.function.Predicate;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.grammar.MetaSpinParser;

/**
 * The parse phase: text to AST, or diagnostics. Lexical mistakes are reported first, then
 * the first syntax error; a file with either yields no AST. Parsing tries ANTLR's fast SLL
 * mode and falls back to full LL only when SLL fails, the usual two-stage strategy.
 */
public final class SourceParser {
    private final Predicate<String> isUnitSymbol;

    /** @param isUnitSymbol tells where a unit expression ends (§2.1) */
    public SourceParser(Predicate<String> isUnitSymbol) {
        this.isUnitSymbol = isUnitSymbol;
    }

    /** Returns the module, or null when the source has syntax errors (reported to diags). */
    public Module parse(String moduleName, SourceFile file, Diagnostics diags) {
        Spans spans = new Spans(file);
        Syntax syntax = syntax(file, spans, diags);
        if (syntax == null) return null;
        int before = diags.errorCount();
        Module module = new AstBuilder(moduleName, spans, diags).file(syntax.tree());
        return diags.errorCount() > before ? null : module;
    }

    /**
     * The concrete syntax tree and the tokens after the newline rule (statement-ending
     * newlines included): what a formatter needs, since the AST keeps neither parentheses
     * nor layout. Null when the source has lexical or syntax errors (reported to diags).
     */
    public record Syntax(MetaSpinParser.FileContext tree, java.util.List<org.antlr.v4.runtime.Token> tokens) {}

    public Syntax syntax(SourceFile file, Diagnostics diags) {
        return syntax(file, new Spans(file), diags);
    }

    private Syntax syntax(SourceFile file, Spans spans, Diagnostics diags) {
        CommonTokenStream tokens = tokens(file, spans, diags);
        if (tokens == null) return null;

        MetaSpinParser parser = newParser(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        MetaSpinParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (NestingLimit.TooDeep deep) {
            tooDeep(parser, spans, diags);
            return null;
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser = newParser(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new FirstErrorStrategy(spans, diags));
            try {
                tree = parser.file();
            } catch (NestingLimit.TooDeep deep) {
                tooDeep(parser, spans, diags);
                return null;
            } catch (ParseCancellationException reported) {
                return null;
            }
        }
        return new Syntax(tree, tokens.getTokens());
    }

    /** One expression filling the whole text (a `--set` value); null after reporting an error. */
    public Expr parseExpression(SourceFile file, Diagnostics diags) {
        Spans spans = new Spans(file);
        CommonTokenStream tokens = tokens(file, spans, diags);
        if (tokens == null) return null;
        MetaSpinParser parser = newParser(tokens);
        parser.setErrorHandler(new FirstErrorStrategy(spans, diags));
        try {
            MetaSpinParser.ExprContext e;
            try {
                e = parser.expr();
            } catch (NestingLimit.TooDeep deep) {
                tooDeep(parser, spans, diags);
                return null;
            }
            if (tokens.LA(1) != org.antlr.v4.runtime.Token.EOF) {
                diags.report(Diagnostic.of(Code.E0001,
                        spans.of(tokens.LT(1)), "expected one value, found more after it"));
                return null;
            }
            int before = diags.errorCount();
            Expr out = new AstBuilder("<set>", spans, diags).expr(e);
            return diags.errorCount() > before ? null : out;
        } catch (ParseCancellationException reported) {
            return null;
        }
    }

    /** The tokens of a file after the newline rule, or null when they hold a lexical mistake (reported). */
    private static CommonTokenStream tokens(SourceFile file, Spans spans, Diagnostics diags) {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(file.text(), file.path()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(new NewlineFilter(lexer));
        tokens.fill();
        return new LexicalCheck(spans, diags).check(tokens.getTokens()) ? tokens : null;
    }

    private static void tooDeep(MetaSpinParser parser, Spans spans, Diagnostics diags) {
        diags.report(Diagnostic.of(Code.E0001, spans.of(parser.getCurrentToken()),
                        "the program is nested too deeply here: operators, brackets and blocks more than "
                                + NestingLimit.MAX_DEPTH + " grammar levels deep")
                .withHelp("split the expression with `let` bindings"));
    }

    private MetaSpinParser newParser(CommonTokenStream tokens) {
        NestingLimit limit = new NestingLimit();
        MetaSpinParser p = new MetaSpinParser(tokens) {
            @Override
            protected boolean isUnitSymbol(String text) {
                return isUnitSymbol.test(text);
            }

            @Override
            public void enterRule(ParserRuleContext ctx, int state, int rule) {
                limit.enter();
                super.enterRule(ctx, state, rule);
            }

            @Override
            public void enterRecursionRule(ParserRuleContext ctx, int state, int rule, int precedence) {
                limit.enter();
                super.enterRecursionRule(ctx, state, rule, precedence);
            }

            @Override
            public void exitRule() {
                limit.exit();
                super.exitRule();
            }

            @Override
            public void unrollRecursionContexts(ParserRuleContext parent) {
                limit.exit();
                super.unrollRecursionContexts(parent);
            }
        };
        p.removeErrorListeners();
        return p;
    }
}
