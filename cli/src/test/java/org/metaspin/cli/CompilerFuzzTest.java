package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metaspin.cli.FuzzInputs.Input;
import org.metaspin.cli.FuzzInputs.Seed;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.JsonRenderer;
import org.metaspin.compiler.diag.SarifRenderer;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.diag.TextRenderer;
import org.metaspin.compiler.resolve.SourceReader;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Mutation fuzzing of the compiler. Every {@code .msp} file under {@code examples/}, the
 * compiler's test programs and this module's {@code fuzz-seeds/} is a seed; {@link FuzzInputs}
 * derives input number i from the seed {@link #SEED} and i alone, so every input is
 * reproducible on its own.
 *
 * <p>Each input is decoded as the command decodes a file, then compiled; the classes of an
 * input that compiles clean go through ASM's verifier, and every 50th input is also checked,
 * which must report exactly what compiling reported. An input passes when no Java throwable
 * escapes (an internal error), a rejected input has at least one error, every diagnostic has
 * a code and a location inside its file that the text, JSON and SARIF renderers print, the
 * text output holds no raw control character, and the input took less than
 * {@value #MAX_CPU_SECONDS} s of CPU. A failure names the input, with a minimized form.
 *
 * <p>{@code bench/fuzz.sh} runs the same test with millions of inputs ({@code -Dfuzz.inputs},
 * {@code -Dfuzz.seed}, {@code -Dfuzz.cap} seconds).
 */
class CompilerFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 0x5EED_2026L);
    static final int INPUTS = Integer.getInteger("fuzz.inputs", 50_000);
    /** A safety cap against a hanging compiler, never the pass criterion: all INPUTS must run. */
    static final long CAP_SECONDS = Long.getLong("fuzz.cap", 300);
    static final long MAX_CPU_SECONDS = 2;
    /** Wall time after which an input counts as hung (CPU time is the criterion; this catches a wait). */
    static final long HANG_SECONDS = 30;
    static final long STACK = 512L * 1024 * 1024; // as the command's BigStack

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    record Failure(int index, String seed, Input input, String what) {}

    /** What one input did: whether it compiled clean, and what went wrong (null: nothing). */
    record Outcome(boolean clean, String problem) {}

    @Test
    void mutatedProgramsNeverCrashTheCompiler() throws Exception {
        List<Seed> seeds = seeds();
        FuzzInputs inputs = new FuzzInputs(seeds, SEED);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger clean = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger slowestIndex = new AtomicInteger(-1);
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        long[] startedAt = new long[threads];
        int[] current = new int[threads];
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(CAP_SECONDS);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int me = w;
            Thread t = new Thread(null, () -> {
                for (int i; (i = next.getAndIncrement()) < INPUTS && System.nanoTime() < deadline; ) {
                    current[me] = i;
                    startedAt[me] = System.nanoTime();
                    Input in = inputs.input(i);
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    Outcome o = examine(inputs.seedOf(i).path(), in);
                    long cpu = THREADS.getCurrentThreadCpuTime() - c0;
                    startedAt[me] = 0;
                    ran.incrementAndGet();
                    kinds.computeIfAbsent(in.kind(), k -> new LongAdder()).increment();
                    if (o.clean()) clean.incrementAndGet();
                    if (cpu > slowest.get()) {
                        slowest.set(cpu);
                        slowestIndex.set(i);
                    }
                    String problem = o.problem();
                    if (problem == null && cpu > TimeUnit.SECONDS.toNanos(MAX_CPU_SECONDS)) {
                        problem = String.format("took %.2f s of CPU, more than %d s", cpu / 1e9, MAX_CPU_SECONDS);
                    }
                    if (problem != null) failures.add(new Failure(i, inputs.seedOf(i).path(), in, problem));
                }
            }, "fuzz-" + w, STACK);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        boolean hung = false;
        while (workers.stream().anyMatch(Thread::isAlive) && !hung) {
            Thread.sleep(50);
            for (int w = 0; w < threads; w++) {
                long s = startedAt[w];
                if (s != 0 && System.nanoTime() - s > TimeUnit.SECONDS.toNanos(HANG_SECONDS)) {
                    int i = current[w];
                    failures.add(new Failure(i, inputs.seedOf(i).path(), inputs.input(i), "no answer within " + HANG_SECONDS + " s (hang?)"));
                    hung = true;
                }
            }
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("fuzz: %d inputs (seed %#x) from %d seeds in %d ms wall, %d ms process CPU (%.0f inputs/s), "
                        + "%d compiled clean, %d failures; slowest input #%d: %.0f ms CPU; by kind %s%n",
                ran.get(), SEED, seeds.size(), ms, (processCpuNanos() - cpu0) / 1_000_000, ran.get() * 1000.0 / Math.max(1, ms),
                clean.get(), failures.size(), slowestIndex.get(), slowest.get() / 1e6, new TreeMap<>(kinds));
        if (!failures.isEmpty()) {
            // shrinking compiles the inputs again: on a stack as large as the workers'
            String[] text = new String[1];
            Thread t = new Thread(null, () -> text[0] = report(new ArrayList<>(failures)), "fuzz-report", STACK);
            t.start();
            t.join();
            fail(text[0]);
        }
        assertEquals(INPUTS, ran.get(), "the fuzzer stopped at its time cap of " + CAP_SECONDS + " s before running every input");
        assertTrue(clean.get() > 0, "no mutated input compiled clean: the seeds do not reach the compiler's later phases");
    }

    /** Inputs the fuzzer or an audit found crashing the compiler, each now rejected with a diagnostic of the expected code. */
    @Test
    void formerCrashersAreDiagnosed() {
        String at = ROOT.resolve("cli/src/test/resources/fuzz-seeds/regression.msp").toString();
        String[][] cases = {
            {"let f = len\nprint(f([1]))\n", "E0201"},          // an intrinsic as a value: NegativeArraySizeException in ASM
            {"let f = range\n", "E0201"},                         // an overloaded builtin as a value: class without $init
            {"print(\"x\", max or true)\n", "E0201"},             // VerifyError: StringBuilder where a boolean was expected
            {"len = 3\n", "E0201"},                               // silently accepted
            {"import helper\nlet h = helper\nprint(h)\n", "E0201"}, // a module as a value
            {"import helper as q\nprint(q.Width, q)\n", "E0201"},
            {"let x = 1 /* a closed comment */\nprint(x)\n", null}, // every block comment was E0002
            {"let x = 1 m^200\n", "E0208"},                       // ArithmeticException: dimension exponent 200
            {"let y = (1 m)^100\nlet z = y * y\n", "E0208"},
            {"let r = 1 " + "Ohm*".repeat(129) + "Ohm\n", "E0208"},
            {"let y = (2 m)^4294967297\n", "E0208"},             // the exponent was cut to an int (1)
            {"fn f(a: Real) -> Real = a\nfn f(a: Real, b: Real) -> Real = a\n", "E0102"}, // IndexOutOfBounds in declareParams
            {"protocol P() {\n}\nprotocol P(a: Real = 1) {\n}\n", "E0102"},
            {"protocol P() {\n}\nfn P(x: Real) -> Real = x\n", "E0102"},
            {"let y = " + "not ".repeat(100_000) + "x x\n", "E0001"}, // 9.5 s in the parser's full-context retry
            {"let f = " + "x => ".repeat(20_000) + "1\n", "E0001"}, // OutOfMemoryError
            {"print(linspace(1, linspace(0, 1, 3), 2))\n", "E0201"}, // a list as linspace's end: invalid bytecode
            {"let xs = [20]\nprint([])\n", null},                // [] was a long[] where Object[] was declared
            {"let one = [[]]\nprint(one, fwt(one, []))\n", null},  // a List[List[Nothing]] passed as List[List[Real]]
        };
        for (String[] c : cases) {
            Outcome o = examine(at, new Input(c[0], null, "regression"));
            assertEquals(null, o.problem(), c[0].length() > 200 ? c[0].substring(0, 200) + "…" : c[0]);
            Compiler.Result r = new Compiler(List.of()).check(new SourceFile(at, c[0]));
            List<String> codes = r.diagnostics().sorted().stream().map(d -> d.code().name()).toList();
            if (c[1] == null) assertTrue(r.ok(), c[0] + " " + codes);
            else assertTrue(codes.contains(c[1]), c[0] + " gave " + codes);
        }
    }

    static Outcome examine(String seedPath, Input input) {
        Diagnostics decodeErrors = new Diagnostics();
        SourceFile src;
        try {
            src = input.text() != null ? new SourceFile(seedPath, input.text()) : SourceReader.decode(seedPath, input.bytes(), decodeErrors);
        } catch (Throwable t) {
            return new Outcome(false, "decoding threw " + describe(t));
        }
        if (src == null) {
            String bad = validate(decodeErrors, false);
            return new Outcome(false, bad == null && !decodeErrors.hasErrors() ? "undecodable without an error" : bad == null ? null : "decode: " + bad);
        }
        Compiler compiler = new Compiler(List.of());
        Compiler.Result c;
        try {
            c = compiler.compile(src);
        } catch (Throwable t) {
            return new Outcome(false, "compile threw " + describe(t));
        }
        String bad = validate(c.diagnostics(), c.ok());
        if (bad != null) return new Outcome(false, "compile: " + bad);
        if (Math.floorMod(input.text() != null ? input.text().hashCode() : java.util.Arrays.hashCode(input.bytes()), 50) == 0) {
            try {
                Compiler.Result k = compiler.check(src);
                if (!render(k.diagnostics().sorted()).equals(render(c.diagnostics().sorted()))) {
                    return new Outcome(c.ok(), "check and compile disagree: " + codes(k) + " vs " + codes(c));
                }
            } catch (Throwable t) {
                return new Outcome(false, "check threw " + describe(t));
            }
        }
        if (!c.ok()) return new Outcome(false, null);
        try {
            ClassLoader loader = new Program(c);
            for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
                StringWriter sw = new StringWriter();
                CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
                if (!sw.toString().isEmpty()) return new Outcome(true, "invalid bytecode in " + e.getKey() + ": " + firstLines(sw.toString(), 6));
            }
        } catch (Throwable t) {
            return new Outcome(true, "verifying the classes threw " + describe(t));
        }
        return new Outcome(true, null);
    }

    private static List<String> codes(Compiler.Result r) {
        return r.diagnostics().sorted().stream().map(d -> d.code() + " " + d.span().line() + ":" + d.span().column()).toList();
    }

    /** Null when the diagnostics are well-formed, else what is wrong with them. */
    static String validate(Diagnostics diags, boolean ok) {
        List<Diagnostic> all = diags.sorted();
        if (!diags.internalFailures().isEmpty()) return "an internal failure: " + diags.internalFailures();
        if (!ok && !diags.hasErrors()) return "rejected without an error diagnostic";
        if (ok && diags.hasErrors()) return "ok() with an error diagnostic";
        if (all.size() > Diagnostics.MAX_PER_FILE * 8) return all.size() + " diagnostics kept";
        for (Diagnostic d : all) {
            if (d.code() == null) return "a diagnostic without a code: " + d.message();
            Span s = d.span();
            if (s == null || s.file() == null) return d.code() + " without a location";
            SourceFile f = s.file();
            int len = f.text().length();
            if (s.start() < 0 || s.end() < s.start() || s.end() > len) {
                return d.code() + " span [" + s.start() + ", " + s.end() + ") outside its file of " + len + " chars";
            }
            int line = s.line();
            int col = s.column();
            if (line < 1 || line > f.lineCount()) return d.code() + " at line " + line + " of " + f.lineCount();
            int start = f.offset(line, 1);
            int eol = f.text().indexOf('\n', start);
            int width = f.text().codePointCount(start, eol < 0 ? len : eol);
            if (col < 1 || col > width + 1) return d.code() + " at " + line + ":" + col + ", the line has " + width + " characters";
            if (d.message() == null || d.message().isBlank()) return d.code() + " without a message";
        }
        try {
            String text = render(all);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch < 0x20 && ch != '\n' || ch == 0x7f || ch >= 0x80 && ch <= 0x9f || ch >= 0x202a && ch <= 0x202e) {
                    return String.format("raw control character U+%04X in the text diagnostics", (int) ch);
                }
            }
            // a diagnostic is a few lines, however long the source line
            if (text.length() > 4_000L * Math.max(1, all.size())) return "text diagnostics of " + text.length() + " chars for " + all.size();
            new JsonRenderer().render(all);
            new SarifRenderer("fuzz").render(all);
        } catch (Throwable t) {
            return "rendering the diagnostics threw " + describe(t);
        }
        return null;
    }

    private static String render(List<Diagnostic> all) {
        return new TextRenderer(false).render(all);
    }

    static List<Seed> seeds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(ROOT.resolve("examples"), ROOT.resolve("compiler/src/test/programs"),
                ROOT.resolve("cli/src/test/resources/fuzz-seeds"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".msp")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 5, "too few seed programs: " + files);
        List<Seed> seeds = new ArrayList<>();
        for (Path p : files) seeds.add(FuzzInputs.seed(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        return seeds;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(6, st.length); i++) sb.append("\n      at ").append(st[i]);
        return sb.toString();
    }

    private static String firstLines(String s, int n) {
        return String.join("\n", s.lines().limit(n).toList());
    }

    /** Groups failures by kind, each with its first input, shrunk by deleting tokens while the same kind persists. */
    private static String report(List<Failure> failures) {
        failures.sort((a, b) -> Integer.compare(a.index(), b.index()));
        Map<String, List<Failure>> byKind = new LinkedHashMap<>();
        for (Failure f : failures) byKind.computeIfAbsent(kind(f.what()), k -> new ArrayList<>()).add(f);
        StringBuilder sb = new StringBuilder(failures.size() + " of the fuzz inputs failed, " + byKind.size() + " kinds:\n");
        for (Map.Entry<String, List<Failure>> e : byKind.entrySet()) {
            Failure first = e.getValue().get(0);
            boolean shrinkable = first.input().text() != null && !first.what().startsWith("no answer") && !first.what().startsWith("took");
            String small = shrinkable ? shrink(first.seed(), first.input().text(), e.getKey())
                    : first.input().text() != null ? first.input().text() : new String(first.input().bytes(), StandardCharsets.ISO_8859_1);
            sb.append("\n== ").append(e.getValue().size()).append(" x ").append(e.getKey())
                    .append("\n   first: input #").append(first.index()).append(" (").append(first.input().kind()).append(", from ")
                    .append(ROOT.relativize(Path.of(first.seed()))).append(")\n   ")
                    .append(first.what().replace("\n", "\n   "))
                    .append("\n   minimized input (Java string): ").append(quote(small.length() > 3000 ? small.substring(0, 3000) + "…" : small))
                    .append('\n');
        }
        return sb.toString();
    }

    /** A failure's kind: its first line without numbers, and the first stack frame when there is one. */
    private static String kind(String what) {
        String[] lines = what.split("\n");
        String head = lines[0].replaceAll("\\d+", "N");
        if (head.length() > 120) head = head.substring(0, 120);
        return lines.length > 1 ? head + " " + lines[1].strip() : head;
    }

    private static String shrink(String seedPath, String input, String kind) {
        List<String> toks = FuzzInputs.tokens(input);
        boolean progress = true;
        int budget = 5_000;
        for (int round = 0; progress && round < 50 && budget > 0; round++) {
            progress = false;
            for (int chunk = Math.max(1, toks.size() / 2); chunk >= 1; chunk /= 2) {
                for (int at = 0; at + chunk <= toks.size() && budget-- > 0; ) {
                    List<String> cand = new ArrayList<>(toks.subList(0, at));
                    cand.addAll(toks.subList(at + chunk, toks.size()));
                    Outcome o = examineQuietly(seedPath, String.join("", cand));
                    if (o.problem() != null && kind(o.problem()).equals(kind)) {
                        toks = cand;
                        progress = true;
                    } else {
                        at += chunk;
                    }
                }
            }
        }
        return String.join("", toks);
    }

    private static Outcome examineQuietly(String seedPath, String input) {
        try {
            return examine(seedPath, new Input(input, null, "shrink"));
        } catch (Throwable t) {
            return new Outcome(false, null);
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
