package org.metaspin.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Node;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attr;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.units.UnitTable;

class LowerTest {
    private static final String PROGRAM = """
            protocol P(n: Int = 2) {
              var s = 0
              for i in 1..=n { s += i }
              print("sum", s)
            }
            fn f(xs: List[Int]) -> List[Int] = xs[0..=1]
            run P(n = 3)
            let r = 0..=4
            print(f([1, 2, 3]), r)
            """;

    private static Attribution check(String text) {
        Diagnostics diags = new Diagnostics();
        Module m = new SourceParser(UnitTable::isUnitSymbol).parse("t", new SourceFile("t.msp", text), diags);
        Attribution a = new Attr(RuntimeLibrary.get(), diags, new LinkedHashMap<>(), m).check();
        assertFalse(diags.hasErrors(), () -> diags.sorted().toString());
        return a;
    }

    /** Every node of a module, statements and expressions, by walking it with a translator that changes nothing. */
    private static final class Nodes extends TreeTranslator {
        final List<Object> all = new ArrayList<>();
        /** Callees of calls: the generator calls what the checker resolved, it emits no callee. */
        final java.util.Set<Object> callees = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Nodes(Attribution a) {
            super(a);
            stmts(a.module.items());
        }

        @Override
        protected Expr expr(Expr e) {
            if (e != null) all.add(e);
            return super.expr(e);
        }

        @Override
        public Expr visitCall(Expr.Call e) {
            callees.add(e.callee());
            return super.visitCall(e);
        }

        @Override
        protected Stmt stmt(Stmt s) {
            if (s != null) all.add(s);
            return super.stmt(s);
        }
    }

    private static long count(Attribution a, java.util.function.Predicate<Object> p) {
        return new Nodes(a).all.stream().filter(p).count();
    }

    private static boolean inclusiveRange(Object n) {
        return n instanceof Expr.Range r && r.inclusive();
    }

    private static boolean compound(Object n) {
        return n instanceof Stmt.Assign a && a.op() != null;
    }

    private static boolean runCall(Object n) {
        return n instanceof Stmt.Run r && !r.sweep();
    }

    private static boolean printOfSeveral(Object n) {
        return n instanceof Stmt.Print p && p.args().size() > 1;
    }

    @Test
    void leavesOnlyWhatTheGeneratorEmits() {
        Attribution checked = check(PROGRAM);
        Attribution lowered = Lower.lower(checked);
        assertEquals(3, count(checked, LowerTest::inclusiveRange));
        assertEquals(0, count(lowered, LowerTest::inclusiveRange));
        assertEquals(0, count(lowered, LowerTest::compound));
        assertEquals(0, count(lowered, LowerTest::runCall));
        assertEquals(0, count(lowered, LowerTest::printOfSeveral));
    }

    @Test
    void everyExpressionOfTheLoweredTreeIsTyped() {
        Attribution lowered = Lower.lower(check(PROGRAM));
        Nodes nodes = new Nodes(lowered);
        int typed = 0;
        for (Object n : nodes.all) {
            if (!(n instanceof Expr e) || nodes.callees.contains(e)) continue;
            assertTrue(lowered.types.get(e) != null, () -> "untyped " + e);
            typed++;
        }
        assertTrue(typed > 20, "only " + typed + " expressions");
    }

    @Test
    void theInclusiveEndIsOnePastTheWrittenEnd() {
        Attribution checked = check("let r = 2..=5\nprint(r)\n");
        Attribution lowered = Lower.lower(checked);
        Stmt.Let let = (Stmt.Let) lowered.module.items().get(0);
        Expr.Range r = (Expr.Range) let.value();
        Expr.Binary end = (Expr.Binary) r.to();
        assertEquals(Expr.BinOp.ADD, end.op());
        assertEquals("5", ((Expr.Num) end.left()).text());
        assertEquals("1", ((Expr.Num) end.right()).text());
        // the rewritten `let` is still the binding the checker declared
        assertNotSame(checked.module.items().get(0), let);
        assertSame(checked.symbols.get(checked.module.items().get(0)), lowered.symbols.get(let));
    }

    @Test
    void theCheckedTreeAndItsAttributionStayAsTheyWere() {
        Attribution checked = check(PROGRAM);
        List<Stmt> items = List.copyOf(checked.module.items());
        int types = checked.types.size();
        Attribution lowered = Lower.lower(checked);
        assertNotSame(checked, lowered);
        assertEquals(items, checked.module.items());
        assertEquals(types, checked.types.size());
        assertEquals(1, count(checked, LowerTest::compound));
        assertEquals(1, count(checked, LowerTest::runCall));
        assertEquals(2, count(checked, LowerTest::printOfSeveral));
    }

    @Test
    void theLoweredAttributionHoldsEveryFindingOfTheChecker() {
        Attribution checked = check(PROGRAM);
        Attribution lowered = Lower.lower(checked);
        for (Map.Entry<Expr, Type> e : checked.types.entrySet()) assertSame(e.getValue(), lowered.types.get(e.getKey()));
        for (Map.Entry<Node, Symbol> e : checked.symbols.entrySet()) assertSame(e.getValue(), lowered.symbols.get(e.getKey()));
        assertTrue(lowered.types.size() > checked.types.size(), "and the types of the nodes lowering made");
    }

    @Test
    void aModuleWithNothingToLowerIsItsOwnLoweredForm() {
        Attribution checked = check("let x = 1\nprint(x + 2)\n");
        assertSame(checked, Lower.lower(checked));
    }
}
