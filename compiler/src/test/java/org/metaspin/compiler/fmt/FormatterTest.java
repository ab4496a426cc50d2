package org.metaspin.compiler.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.SourceFile;

/** The layout rules of `metaspin fmt`, one by one. */
class FormatterTest {
    private static String fmt(String src) {
        Formatter.Result r = Formatter.format(new SourceFile("t.msp", src));
        String out = r.text();
        assertEquals(out, Formatter.format(new SourceFile("t.msp", out)).text(), "idempotent");
        return out;
    }

    @Test
    void spacesAroundOperatorsNoneInsideBracketsUnitsAndPowers() {
        assertEquals("let x = a + b * -c^2 to nm\n", fmt("let x=a+b*- c ^ 2 to nm"));
        assertEquals("print(f(x, y), xs[0], a.b, 0..n, [1, 2])\n", fmt("print( f( x ,y ),xs [ 0 ],a . b,0 .. n,[ 1,2 ] )"));
        assertEquals("let J = 10 MA/cm^2 * 5 nm\n", fmt("let J = 10  MA / cm ^ 2*5nm"));
        assertEquals("fn f(x: Real, g: (Real) -> Real = y => y) -> Real = g(x)\n",
                fmt("fn f(x:Real,g:(Real)->Real=y=>y)->Real=g(x)"));
    }

    @Test
    void onePropertyPerLineWithAlignedEqualsAndComments() {
        String src = """
                material M { Ms = 1 MA/m; alpha = 0.01 // damping
                  Aex = 10 pJ/m   // exchange
                  gate { tau = 10 ms; V0 = 2 V } }
                """;
        assertEquals("""
                material M {
                  Ms    = 1 MA/m
                  alpha = 0.01     // damping
                  Aex   = 10 pJ/m  // exchange
                  gate {
                    tau = 10 ms
                    V0  = 2 V
                  }
                }
                """, fmt(src));
    }

    @Test
    void aWithOfOnePropertyStaysOnItsLine() {
        assertEquals("let p = Pt with { rho = 1 uOhm*cm }\n", fmt("let p = Pt with {\n  rho = 1 uOhm*cm\n}"));
    }

    @Test
    void blocksOneStatementPerLineAndElseAfterTheBrace() {
        assertEquals("""
                for i in 0..3 {
                  if i == 1 {
                    continue
                  } else {
                    print(i)
                  }
                }
                """, fmt("for i in 0..3 { if i == 1 { continue }\nelse { print(i) } }"));
        assertEquals("protocol P() {}\n", fmt("protocol P()\n{\n}"));
    }

    @Test
    void blankLines() {
        // at most one; none at the start of a block or before its end; one around a declaration with a body
        assertEquals("""
                let a = 1

                let b = 2

                fn f() -> Int {
                  return a
                }

                print(f())
                """, fmt("\n\nlet a = 1\n\n\n\nlet b = 2\nfn f() -> Int {\n\n  return a\n\n}\nprint(f())\n\n"));
        // a declaration's comments stay directly above it
        assertEquals("let a = 1\n\n/// the doc\nfn f() {\n  print(a)\n}\n", fmt("let a = 1\n/// the doc\nfn f() { print(a) }"));
    }

    @Test
    void commentsStayWhereTheyAre() {
        String src = """
                // head
                fn f(x: Real) -> Real {  // trailing
                      // inside
                  /* block */ return x
                  // before the end
                }
                """;
        assertEquals("""
                // head
                fn f(x: Real) -> Real {  // trailing
                  // inside
                  /* block */ return x
                  // before the end
                }
                """, fmt(src));
    }

    @Test
    void continuedLinesAreKeptOneLevelDeeper() {
        assertEquals("let x = 1 +\n  2\nprint(x,\n  x)\n", fmt("let x = 1 +\n        2\nprint(x,\n         x)"));
    }

    @Test
    void aSyntaxErrorIsReportedAndNothingFormatted() {
        Formatter.Result r = Formatter.format(new SourceFile("t.msp", "let x = (1 +\n"));
        assertFalse(r.ok());
        assertEquals(Code.E0001, r.diagnostics().sorted().get(0).code());
    }
}
