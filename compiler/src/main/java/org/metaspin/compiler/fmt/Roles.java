package org.metaspin.compiler.fmt;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.grammar.MetaSpinParser;

/**
 * Reads the roles of tokens from the concrete syntax tree, keyed by each token's start
 * offset in the text (the formatter lexes the text again, comments and all, and meets the
 * same tokens at the same offsets).
 */
final class Roles {
    private final Map<Integer, Set<Role>> byStart = new HashMap<>();

    Roles(MetaSpinParser.FileContext tree) {
        walk(tree);
        for (MetaSpinParser.TopItemContext item : tree.topItem()) {
            if (hasBody(item)) {
                add(item.getStart(), Role.DECL_START);
                add(item.getStop(), Role.DECL_END);
            }
        }
    }

    Set<Role> of(int start) {
        return byStart.getOrDefault(start, Set.of());
    }

    private static boolean hasBody(MetaSpinParser.TopItemContext item) {
        if (item.protocolDecl() != null) return true;
        MetaSpinParser.StmtContext s = item.stmt();
        if (s instanceof MetaSpinParser.KindStmtContext) return true;
        return s instanceof MetaSpinParser.FnStmtContext f && f.fnDecl().block() != null;
    }

    private void walk(ParseTree node) {
        if (node instanceof TerminalNode t) {
            int type = t.getSymbol().getType();
            if (type == MetaSpinLexer.NL || type == MetaSpinLexer.SEMI) add(t.getSymbol(), Role.SEPARATOR);
            return;
        }
        if (node instanceof MetaSpinParser.NegExprContext neg) {
            add(neg.MINUS().getSymbol(), Role.UNARY);
        } else if (node instanceof MetaSpinParser.UnitFactorContext f && f.MINUS() != null) {
            add(f.MINUS().getSymbol(), Role.UNARY);
        } else if (node instanceof MetaSpinParser.UnitExprContext u) {
            for (int i = 0; i < u.getChildCount(); i++) {
                if (u.getChild(i) instanceof TerminalNode op) add(op.getSymbol(), Role.UNIT_OP);
            }
        } else if (node instanceof MetaSpinParser.BlockContext b) {
            braces(b, b.stmt().isEmpty() ? Role.EMPTY_OPEN : Role.BLOCK_OPEN);
        } else if (node instanceof MetaSpinParser.PropBlockContext p) {
            Role open;
            if (p.propItem().isEmpty()) open = Role.EMPTY_OPEN;
            else if (p.getParent() instanceof MetaSpinParser.WithExprContext && p.propItem().size() == 1
                    && p.propItem(0) instanceof MetaSpinParser.PropSetContext) open = Role.INLINE_OPEN;
            else open = Role.BLOCK_OPEN;
            braces(p, open);
            if (open == Role.BLOCK_OPEN) {
                for (MetaSpinParser.PropItemContext item : p.propItem()) {
                    if (item instanceof MetaSpinParser.PropSetContext set) add(set.ASSIGN().getSymbol(), Role.PROPERTY_ASSIGN);
                }
            }
        } else if (node instanceof MetaSpinParser.ImportNamesContext i && i.LBRACE() != null) {
            add(i.LBRACE().getSymbol(), Role.LIST_OPEN);
            add(i.RBRACE().getSymbol(), Role.LIST_CLOSE);
        }
        for (int i = 0; i < node.getChildCount(); i++) walk(node.getChild(i));
    }

    /** The first token of a block is its `{`, the last its `}`. */
    private void braces(ParserRuleContext block, Role open) {
        add(block.getStart(), open);
        add(block.getStop(), switch (open) {
            case EMPTY_OPEN -> Role.EMPTY_CLOSE;
            case INLINE_OPEN -> Role.INLINE_CLOSE;
            default -> Role.BLOCK_CLOSE;
        });
    }

    private void add(Token t, Role r) {
        if (t == null || t.getType() == Token.EOF) return;
        byStart.computeIfAbsent(t.getStartIndex(), k -> EnumSet.noneOf(Role.class)).add(r);
    }
}
