package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.JsonRenderer;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.diag.TextRenderer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Mutation fuzzing of the compiler. Every {@code .msp} file under {@code examples/}, the
 * compiler's test programs and this module's {@code fuzz-seeds/} is a seed; each input is a
 * seed with one to four mutations (delete, insert, duplicate, swap or replace tokens;
 * delete, insert or swap characters; truncate), drawn from a random stream derived from
 * {@link #SEED} and the input's index, so every input is reproducible on its own.
 *
 * <p>Each input goes through {@link Compiler#check}; an input that checks clean also goes
 * through {@link Compiler#compile} and every generated class through ASM's verifier. It
 * passes when no Java exception escapes, a rejected input has at least one error, and every
 * diagnostic has a code and a location inside its file (line and column from 1) that the
 * text and JSON renderers can print. A failure names the input, with a minimized form.
 */
class CompilerFuzzTest {
    static final long SEED = 0x5EED_2026L;
    static final int INPUTS = 10_000;
    /** A safety cap against a hanging compiler, never the pass criterion: all INPUTS must run. */
    static final long CAP_SECONDS = 120;
    static final long PER_INPUT_SECONDS = 10;

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"?|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d*)?|\\.\\d+"
                    + "|[\\p{L}_][\\p{L}\\p{N}_]*|\\.\\.=|\\.\\.|=>|->|==|!=|<=|>=|\\+=|-=|\\*=|/=|\\$\\{|.",
            Pattern.DOTALL);
    /** Tokens that seldom occur in the seeds but that a lexer and parser must survive. */
    private static final List<String> EXTRA = List.of(
            "import", "as", "let", "var", "fn", "return", "if", "then", "else", "for", "in", "while", "break",
            "continue", "true", "false", "and", "or", "not", "assert", "print", "protocol", "run", "sweep",
            "extends", "with", "to", "material", "stack", "device", "array", "network",
            "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "..", "..=", "=>", "->", "=", "==", "!=", "<", "<=",
            ">", ">=", "+", "-", "*", "/", "^", "·", "%", "+=", "-=", "*=", "/=", "\n", "\r\n", "\r", "\t", " ",
            "\"", "\"${", "${", "}\"", "\\", "$", "/*", "*/", "//", "///", "1e", "1.5e+", "3.", "1.2.3", "1_",
            "1__0", "_1", "99999999999999999999", "9223372036854775807", "9223372036854775808", "0", "0.0",
            "1e400", "1e-400", "nm", "A/m", "mJ/m^2", "um^2", "hm", "µm", "μ", "Ω", "α", "θ_SH", "τ0", "😀",
            "\u00a0", "\u0000", "\u200b", "\ufeff", "#", "@", "`", "?", "!", "&", "|", "~", "'", "x", "Real",
            "Int", "Bool", "String", "List", "Length", "[nm]", "(Real) -> Real", "x => x", "xs[0]", "len(xs)");

    record Seed(Path path, String text, List<String> tokens) {}

    record Failure(int index, String seed, String input, String what) {}

    @Test
    void mutatedProgramsNeverCrashTheCompiler() throws Exception {
        List<Seed> seeds = seeds();
        List<String> tokenPool = new ArrayList<>(EXTRA);
        for (Seed s : seeds) for (String t : s.tokens()) if (!t.isBlank() && t.length() <= 24) tokenPool.add(t);

        // inputs are independent and each is derived from its index alone: run them on every core
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "fuzz", 64L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        List<Failure> failures = new ArrayList<>();
        int clean = 0;
        int ran = 0;
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(CAP_SECONDS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            List<String> inputs = new ArrayList<>();
            List<Seed> from = new ArrayList<>();
            for (int i = 0; i < INPUTS; i++) {
                SplittableRandom rnd = new SplittableRandom(SEED * 31 + i);
                Seed seed = seeds.get(rnd.nextInt(seeds.size()));
                String input = mutate(seed, tokenPool, rnd);
                inputs.add(input);
                from.add(seed);
                futures.add(pool.submit(() -> System.nanoTime() > deadline ? null : examine(seed.path(), input)));
            }
            for (int i = 0; i < INPUTS; i++) {
                Outcome o;
                try {
                    o = futures.get(i).get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    o = new Outcome(false, "no answer within " + PER_INPUT_SECONDS + " s (hang?)", null);
                } catch (ExecutionException e) {
                    o = new Outcome(false, "test harness: " + e.getCause(), e.getCause());
                }
                if (o == null) continue; // skipped after the time cap
                ran++;
                if (o.clean()) clean++;
                if (o.problem() != null) failures.add(new Failure(i, ROOT.relativize(from.get(i).path()).toString(), inputs.get(i), o.problem()));
                if (o.problem() != null && o.problem().startsWith("no answer")) break;
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("fuzz: %d inputs from %d seeds in %d ms wall, %d ms process CPU (%.0f inputs/s), %d checked clean, %d failures%n",
                ran, seeds.size(), ms, (processCpuNanos() - cpu0) / 1_000_000, ran * 1000.0 / Math.max(1, ms), clean, failures.size());

        System.out.printf("fuzz: wall time summed over threads: check %d ms, compile %d ms, compile+verify %d ms%n", CHECK_NS.sum() / 1_000_000,
                COMPILE_NS.sum() / 1_000_000, VERIFY_NS.sum() / 1_000_000);
        if (!failures.isEmpty()) fail(report(failures));
        assertEquals(INPUTS, ran, "the fuzzer stopped at its time cap of " + CAP_SECONDS + " s before running every input");
        assertTrue(clean > 0, "no mutated input checked clean: the seeds do not reach the checker's later phases");
    }

    /** Inputs the fuzzer found crashing code generation, each now rejected with a diagnostic of the expected code. */
    @Test
    void formerCrashersAreDiagnosed() {
        Path at = ROOT.resolve("cli/src/test/resources/fuzz-seeds/regression.msp");
        String[][] cases = {
            {"let f = len\nprint(f([1]))\n", "E0201"},          // an intrinsic as a value: NegativeArraySizeException in ASM
            {"let f = range\n", "E0201"},                         // an overloaded builtin as a value: class without $init
            {"print(\"x\", max or true)\n", "E0201"},             // VerifyError: StringBuilder where a boolean was expected
            {"len = 3\n", "E0201"},                               // silently accepted
            {"import helper\nlet h = helper\nprint(h)\n", "E0201"}, // a module as a value
            {"import helper as q\nprint(q.Width, q)\n", "E0201"},
            {"let x = 1 /* a closed comment */\nprint(x)\n", null}, // every block comment was E0002
        };
        for (String[] c : cases) {
            Outcome o = examine(at, c[0]);
            assertEquals(null, o.problem(), c[0]);
            Compiler.Result r = new Compiler(List.of()).check(new SourceFile(at.toString(), c[0]));
            List<String> codes = r.diagnostics().sorted().stream().map(d -> d.code().name()).toList();
            if (c[1] == null) assertTrue(r.ok(), c[0] + " " + codes);
            else assertTrue(codes.contains(c[1]), c[0] + " gave " + codes);
        }
    }

    /** What one input did: whether it checked clean, and what went wrong (null: nothing). */
    record Outcome(boolean clean, String problem, Throwable thrown) {}

    static Outcome examine(Path seedPath, String input) {
        SourceFile src = new SourceFile(seedPath.toString(), input);
        Compiler compiler = new Compiler(List.of());
        Compiler.Result r;
        long c0 = System.nanoTime();
        try {
            r = compiler.check(src);
            CHECK_NS.add(System.nanoTime() - c0);
        } catch (Throwable t) {
            return new Outcome(false, "check threw " + describe(t), t);
        }
        String bad = validate(src, r);
        if (bad != null) return new Outcome(false, "check: " + bad, null);
        if (!r.ok()) return new Outcome(false, null, null);
        Compiler.Result c;
        long c1 = System.nanoTime();
        try {
            c = compiler.compile(src);
            COMPILE_NS.add(System.nanoTime() - c1);
        } catch (Throwable t) {
            return new Outcome(true, "compile threw " + describe(t), t);
        }
        bad = validate(src, c);
        if (bad != null) return new Outcome(true, "compile: " + bad, null);
        if (!c.ok()) return new Outcome(true, "check was clean but compile reported " + c.diagnostics().sorted(), null);
        try {
            ClassLoader loader = new Program(c);
            for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
                StringWriter sw = new StringWriter();
                CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
                if (!sw.toString().isEmpty()) return new Outcome(true, "invalid bytecode in " + e.getKey() + ": " + firstLines(sw.toString(), 6), null);
            }
        } catch (Throwable t) {
            return new Outcome(true, "verifying the classes threw " + describe(t), t);
        }
        VERIFY_NS.add(System.nanoTime() - c1);
        return new Outcome(true, null, null);
    }

    static final java.util.concurrent.atomic.LongAdder CHECK_NS = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder COMPILE_NS = new java.util.concurrent.atomic.LongAdder();
    static final java.util.concurrent.atomic.LongAdder VERIFY_NS = new java.util.concurrent.atomic.LongAdder();

    /** Null when the diagnostics are well-formed, else what is wrong with them. */
    static String validate(SourceFile src, Compiler.Result r) {
        List<Diagnostic> all = r.diagnostics().sorted();
        if (!r.ok() && all.stream().noneMatch(Diagnostic::isError)) return "rejected without an error diagnostic";
        if (r.ok() && all.stream().anyMatch(Diagnostic::isError)) return "ok() with an error diagnostic";
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
            new TextRenderer(false).render(all);
            new JsonRenderer().render(all);
        } catch (Throwable t) {
            return "rendering the diagnostics threw " + describe(t);
        }
        return null;
    }

    static String mutate(Seed seed, List<String> pool, SplittableRandom rnd) {
        List<String> toks = new ArrayList<>(seed.tokens());
        int n = 1 + rnd.nextInt(4);
        String text = null;
        for (int k = 0; k < n; k++) {
            int op = rnd.nextInt(10);
            if (op < 6) {
                text = null;
                if (toks.isEmpty()) toks.add(pool.get(rnd.nextInt(pool.size())));
                int a = rnd.nextInt(toks.size());
                switch (op) {
                    case 0 -> toks.remove(a);
                    case 1 -> toks.add(rnd.nextInt(toks.size() + 1), pool.get(rnd.nextInt(pool.size())));
                    case 2 -> toks.set(a, pool.get(rnd.nextInt(pool.size())));
                    case 3 -> {
                        int b = rnd.nextInt(toks.size());
                        String t = toks.get(a);
                        toks.set(a, toks.get(b));
                        toks.set(b, t);
                    }
                    case 4 -> { // duplicate or delete a run of tokens
                        int len = 1 + rnd.nextInt(Math.min(12, toks.size() - a));
                        List<String> run = new ArrayList<>(toks.subList(a, a + len));
                        if (rnd.nextBoolean()) toks.subList(a, a + len).clear();
                        else toks.addAll(rnd.nextInt(toks.size() + 1), run);
                    }
                    default -> toks.add(a, toks.get(rnd.nextInt(toks.size())));
                }
            } else {
                StringBuilder sb = new StringBuilder(text != null ? text : String.join("", toks));
                int p = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
                switch (op) {
                    case 6 -> { if (sb.length() > 0) sb.deleteCharAt(p); }
                    case 7 -> sb.insert(p, randomChar(rnd));
                    case 8 -> {
                        if (p + 1 < sb.length()) {
                            char c = sb.charAt(p);
                            sb.setCharAt(p, sb.charAt(p + 1));
                            sb.setCharAt(p + 1, c);
                        }
                    }
                    default -> sb.setLength(p);
                }
                text = wellFormed(sb.toString());
                toks = tokens(text);
            }
        }
        return text != null ? text : String.join("", toks);
    }

    private static String randomChar(SplittableRandom rnd) {
        String chars = "(){}[]\"'$\\/*+-^=<>.,;:_%·µ\n\r\t 0123456789eEaZ";
        return rnd.nextInt(8) == 0 ? new String(Character.toChars(0x80 + rnd.nextInt(0x2000)))
                : String.valueOf(chars.charAt(rnd.nextInt(chars.length())));
    }

    /** Replaces a surrogate split by a character mutation: a file read as UTF-8 never has one. */
    private static String wellFormed(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return sb.toString();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
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
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            seeds.add(new Seed(p, text, tokens(text)));
        }
        return seeds;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
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
        Map<String, List<Failure>> byKind = new LinkedHashMap<>();
        for (Failure f : failures) byKind.computeIfAbsent(kind(f.what()), k -> new ArrayList<>()).add(f);
        StringBuilder sb = new StringBuilder(failures.size() + " of the fuzz inputs failed, " + byKind.size() + " kinds:\n");
        for (Map.Entry<String, List<Failure>> e : byKind.entrySet()) {
            Failure first = e.getValue().get(0);
            String small = first.what().startsWith("no answer") ? first.input() : shrink(ROOT.resolve(first.seed()), first.input(), e.getKey());
            sb.append("\n== ").append(e.getValue().size()).append(" x ").append(e.getKey())
                    .append("\n   first: input #").append(first.index()).append(" (from ").append(first.seed()).append(")\n   ")
                    .append(first.what().replace("\n", "\n   "))
                    .append("\n   minimized input (Java string): ").append(quote(small)).append('\n');
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

    private static String shrink(Path seedPath, String input, String kind) {
        List<String> toks = tokens(input);
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

    private static Outcome examineQuietly(Path seedPath, String input) {
        try {
            return examine(seedPath, input);
        } catch (Throwable t) {
            return new Outcome(false, null, null);
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
