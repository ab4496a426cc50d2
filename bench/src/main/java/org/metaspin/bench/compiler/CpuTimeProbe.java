package org.metaspin.bench.compiler;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.runtime.units.UnitTable;

/**
 * The figures of {@link CompilerThroughputBench} in thread CPU time rather than wall time:
 * on a shared machine whose load exceeds its cores, wall time counts the time the thread
 * waits for a core. Warm (the first half of the rounds is discarded); median of the rest.
 */
public final class CpuTimeProbe {
    private CpuTimeProbe() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String text = ProgramGen.program(CompilerThroughputBench.LINES);
        SourceFile src = new SourceFile("gen.msp", text);
        SourceParser parser = new SourceParser(UnitTable::isUnitSymbol);
        Compiler compiler = new Compiler(List.of());
        long[][] ns = new long[3][rounds];
        int sink = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text, "gen.msp"));
            lexer.removeErrorListeners();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) sink += t.getType();
            long t1 = mx.getCurrentThreadCpuTime();
            sink += parser.parse("gen", src, new Diagnostics()).items().size();
            long t2 = mx.getCurrentThreadCpuTime();
            sink += compiler.check(src).ok() ? 1 : 0;
            long t3 = mx.getCurrentThreadCpuTime();
            ns[0][i] = t1 - t0;
            ns[1][i] = t2 - t1;
            ns[2][i] = t3 - t2;
        }
        String[] names = {"lexOnly", "parseOnly", "check"};
        double[] rate = new double[3];
        for (int k = 0; k < 3; k++) {
            long[] warm = java.util.Arrays.copyOfRange(ns[k], rounds / 2, rounds);
            java.util.Arrays.sort(warm);
            double med = warm[warm.length / 2] / 1e9;
            rate[k] = CompilerThroughputBench.LINES / med;
            System.out.printf("cpu-time %-10s %10.0f lines/s  (%.1f ms per %d lines)%n", names[k], rate[k], med * 1e3, CompilerThroughputBench.LINES);
        }
        System.out.printf("cpu-time check/parseOnly = %.2f, check/lexOnly = %.3f (throughput ratios)%s%n", rate[2] / rate[1], rate[2] / rate[0],
                sink == 42 ? " " : "");
    }
}
