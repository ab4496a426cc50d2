package org.metaspin.bench.compiler;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.runtime.units.UnitTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm `check` throughput on a generated 10,000-line program ({@link ProgramGen}), in
 * lines per second (one op = one line). Baselines in the same run: {@code lexOnly} (the
 * ANTLR lexer over the same text, every token) and {@code parseOnly} (lexical checks,
 * parse and AST, the compiler's parse phase). check / parseOnly is the cost of name
 * resolution, types and dimensions on top of parsing. Target: check >= 100,000 lines/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompilerThroughputBench {
    public static final int LINES = 10_000;

    private SourceFile source;
    private String text;
    private Compiler compiler;
    private SourceParser parser;

    @Setup
    public void setup() {
        text = ProgramGen.program(LINES);
        source = new SourceFile("gen.msp", text);
        compiler = new Compiler(List.of());
        parser = new SourceParser(UnitTable::isUnitSymbol);
        if (source.lineCount() != LINES + 1) throw new IllegalStateException("lines: " + source.lineCount());
        Compiler.Result r = compiler.check(source);
        if (!r.ok()) throw new IllegalStateException("the generated program does not check: " + r.diagnostics().sorted().get(0));
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Compiler.Result check() {
        return compiler.check(source);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public Module parseOnly() {
        return parser.parse("gen", source, new Diagnostics());
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int lexOnly() {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text, "gen.msp"));
        lexer.removeErrorListeners();
        int n = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) n += t.getType();
        return n;
    }
}
