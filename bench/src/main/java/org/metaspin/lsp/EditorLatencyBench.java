package org.metaspin.lsp;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;
import org.metaspin.bench.compiler.ProgramGen;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an editor waits for from `metaspin lsp` on a 2,000-line file ({@link ProgramGen}),
 * warm, in ms: {@code diagnosticsAfterEdit} is the work after the debounce (apply an edit,
 * check the document, turn the findings into LSP diagnostics); {@code completion} and
 * {@code completionAfterDot} answer a request from the last check. Baseline in the same run:
 * {@code checkCommand}, what `metaspin check` does with the same text (bytecode included).
 * Targets (issue 13): diagnostics within 100 ms, completion within 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditorLatencyBench {
    public static final int LINES = 2_000;

    private final Analyzer analyzer = new Analyzer();
    private final DiagnosticMapper mapper = new DiagnosticMapper(new Locations(new StdDocuments()));
    private final Completions completions = new Completions();
    private final Compiler compiler = new Compiler(List.of());
    private String text;
    private Documents.Doc doc;
    private Position inFunction;
    private Position afterDot;
    private int edits;

    @Setup
    public void setup() {
        text = ProgramGen.program(LINES);
        String uri = "file:///bench/gen.msp";
        doc = new Documents().open(uri, text, 1);
        Analysis a = analyzer.analyse(uri, 1, text);
        if (!a.diagnostics().isEmpty() || a.main() == null) throw new IllegalStateException("the program does not check: " + a.diagnostics());
        doc.analysis = a;
        doc.parsed = a;
        // in the body of a function in the middle of the file, and after `Ms1.` on a new last line
        int line = text.substring(0, text.indexOf("let t = tanh", text.length() / 2)).split("\n", -1).length - 1;
        inFunction = new Position(line, 2);
        String dotted = text + "print(Ms1.";
        doc.text = dotted;
        afterDot = new Position(LINES, 10);
    }

    @Benchmark
    public int diagnosticsAfterEdit() {
        // a different text each time, as after a keystroke: one number in the middle changes
        String edited = text.replaceFirst("let t1000: Length = \\d+", "let t1000: Length = " + (edits++ % 10));
        Analysis a = analyzer.analyse("file:///bench/gen.msp", edits, edited);
        return mapper.map("file:///bench/gen.msp", a).size();
    }

    @Benchmark
    public CompletionList completion() {
        return completions.complete(doc, inFunction);
    }

    @Benchmark
    public CompletionList completionAfterDot() {
        return completions.complete(doc, afterDot);
    }

    @Benchmark
    public Compiler.Result checkCommand() {
        return compiler.check(new SourceFile("gen.msp", text));
    }
}
