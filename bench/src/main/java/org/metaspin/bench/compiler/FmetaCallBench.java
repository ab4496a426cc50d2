package org.metaspin.bench.compiler;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.runtime.api.RealFn2;
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
 * A metaplasticity rule written in MetaSpin, {@code fn fmeta(m: Real, w: Real) -> Real =
 * 1 - tanh(m * abs(w))^2}, compiled by metaspin and taken as a function value
 * ({@link RealFn2}, the static field of {@code let f = fmeta}), called from a Java loop of
 * {@link #CALLS} calls per op over varying weights; against the same function written in
 * Java, called directly ({@code javaStatic}) and through a {@link RealFn2} lambda
 * ({@code javaFnValue}). Average time per call; target: msp / java <= 1.1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FmetaCallBench {
    /** Calls per op: a run of 5 iterations of 2 s makes well over 10^8 calls of each function. */
    public static final int CALLS = 10_000_000;
    static final String PROGRAM = "fn fmeta(m: Real, w: Real) -> Real = 1 - tanh(m * abs(w))^2\nlet f = fmeta\n";

    private final double[] ws = new double[1024];
    private double m = 1.35;
    private RealFn2 msp;
    private RealFn2 java;

    public static RealFn2 compiledFmeta() throws Throwable {
        Compiler.Result r = new Compiler(List.of()).compile(new SourceFile("fmeta.msp", PROGRAM));
        if (!r.ok()) throw new IllegalStateException(r.diagnostics().sorted().toString());
        Program p = new Program(r);
        p.run();
        Field f = p.loadClass(r.mainClass()).getDeclaredField("f");
        f.setAccessible(true);
        return (RealFn2) f.get(null);
    }

    static double fmetaJava(double m, double w) {
        double t = Math.tanh(m * Math.abs(w));
        return 1 - t * t;
    }

    @Setup
    public void setup() throws Throwable {
        for (int i = 0; i < ws.length; i++) ws[i] = (i - 512) / 256.0;
        msp = compiledFmeta();
        java = FmetaCallBench::fmetaJava;
        for (double w : ws) {
            if (Math.abs(msp.apply(m, w) - fmetaJava(m, w)) > 1e-15) throw new IllegalStateException("different results at w = " + w);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public double msp() {
        RealFn2 f = msp;
        double[] w = ws;
        double s = 0;
        for (int i = 0; i < CALLS; i++) s += f.apply(m, w[i & 1023]);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public double javaStatic() {
        double[] w = ws;
        double s = 0;
        for (int i = 0; i < CALLS; i++) s += fmetaJava(m, w[i & 1023]);
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public double javaFnValue() {
        RealFn2 f = java;
        double[] w = ws;
        double s = 0;
        for (int i = 0; i < CALLS; i++) s += f.apply(m, w[i & 1023]);
        return s;
    }
}
