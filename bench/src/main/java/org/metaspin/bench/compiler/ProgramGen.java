package org.metaspin.bench.compiler;

/**
 * A realistic generated program of an exact number of lines: blocks of functions with
 * defaults, loops and branches, unit-carrying bindings, lists and lambdas, string
 * interpolation, asserts and prints, each block with its own names. It checks clean.
 */
public final class ProgramGen {
    private ProgramGen() {}

    private static final String BLOCK = """
            /// Block %1$d: a rule and its operating point.
            fn area%1$d(w: Length, l: Length = 1 um) -> Area = w * l
            fn rate%1$d(m: Real, w: Real) -> Real {
              let t = tanh(m * abs(w))
              var acc = 0.0
              for i in 0..10 {
                if i > 5 { acc += t * i } else { acc -= 0.5 }
              }
              while acc > 100 { acc = acc / 2 }
              return 1 - t^2 + acc
            }
            let t%1$d: Length = %2$d.1 nm
            let Ms%1$d = 1.1e6 A/m
            let Ks%1$d = 1.3 mJ/m^2
            let Keff%1$d = 2e5 J/m^3 + Ks%1$d / t%1$d - 0.5 * Ms%1$d * 1 T
            let xs%1$d = [1.0, 2.5, %1$d]
            let ys%1$d = map(xs%1$d, x => x * 2)
            let I%1$d = 10 MA/cm^2 * 200 nm * t%1$d
            let label%1$d = "block %1$d: ${I%1$d to uA} uA"
            assert len(ys%1$d) == 3, "three values"
            print(label%1$d, area%1$d(80 nm), rate%1$d(1.35, 0.2), sum(ys%1$d), Keff%1$d)
            """;

    public static final int BLOCK_LINES = (int) BLOCK.lines().count();

    /** A program of exactly {@code lines} lines. */
    public static String program(int lines) {
        StringBuilder sb = new StringBuilder(lines * 32);
        int k = 0;
        int n = 0;
        while (n + BLOCK_LINES <= lines) {
            sb.append(String.format(BLOCK, k, k % 9 + 1));
            k++;
            n += BLOCK_LINES;
        }
        for (; n < lines; n++) sb.append("let pad").append(n).append(" = ").append(n).append(" * 2 ns\n");
        return sb.toString();
    }
}
