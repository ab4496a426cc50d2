package org.metaspin.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inputs of {@link CompilerFuzzTest}: a seed program with mutations drawn from a random
 * stream that depends only on the fuzzer's seed and the input's index, so every input can
 * be made again on its own. Two thirds are small edits (delete, insert, duplicate, swap or
 * replace tokens; delete, insert or swap characters; truncate); the rest are the hostile
 * shapes an audit found the compiler weak on: random bytes (also invalid UTF-8), deep
 * nesting of every nesting construct, huge exponents, literals and dimensions, unusual
 * Unicode (controls, bidi overrides, combining marks, astral planes, other digits and
 * line separators), and long lines.
 */
final class FuzzInputs {
    /** One input: text, or raw bytes when the mutation works below UTF-8. */
    record Input(String text, byte[] bytes, String kind) {
        byte[] utf8() { return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8); }
    }

    record Seed(String path, String text, List<String> tokens) {}

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|//[^\\n]*|/\\*.*?\\*/|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"?|\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d*)?|\\.\\d+"
                    + "|[\\p{L}_][\\p{L}\\p{N}_]*|\\.\\.=|\\.\\.|=>|->|==|!=|<=|>=|\\+=|-=|\\*=|/=|\\$\\{|.",
            Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d*)?");

    /** Tokens that seldom occur in the seeds but that a lexer and parser must survive. */
    static final List<String> EXTRA = List.of(
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

    /** Numbers, exponents and dimensions at and past every limit. */
    static final List<String> HUGE = List.of(
            "1e400", "1e-400", "1e308", "-1e308", "4.9e-324", "99999999999999999999", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "1" + "0".repeat(400), "0." + "0".repeat(400) + "1",
            "1 m^127", "1 m^128", "1 m^200", "1 m^-128", "1 m^999", "1 m^9999", "1 m^99999999999", "1 kg^-127/s^127",
            "(1 m)^100 * (1 m)^100", "(1 m)^127 / (1 m)^-1", "(1 m)^2147483648", "(1 m)^-9223372036854775807",
            "(1 m)^9223372036854775807", "2^1e308", "2.0^2147483648", "1 " + "Ohm*".repeat(129) + "Ohm",
            "1 " + "m*".repeat(200) + "m", "sqrt((1 m)^127)", "1e308 * 1e308", "linspace(0, 1, 10000000000)",
            "range(0, 9223372036854775807)", "[1, 2][9223372036854775807]", "9223372036854775807 + 1",
            "-9223372036854775807 - 2", "div(-9223372036854775807 - 1, -1)", "mod(1, 0)", "1 / 0", "0 / 0",
            "floor(1e300)", "round(-1e300)");

    /** Code points a lexer and a terminal must both survive. */
    private static final int[] ODD = {
        0x0000, 0x0001, 0x0007, 0x0008, 0x000B, 0x000C, 0x001B, 0x007F, 0x0085, 0x009B, 0x00A0, 0x00AD, 0x0301, 0x0327,
        0x061C, 0x0661, 0x0966, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066,
        0x2069, 0x2212, 0x2215, 0x3000, 0xE000, 0xFE0F, 0xFEFF, 0xFF11, 0xFFFD, 0xFFFE, 0xFFFF, 0x1D400, 0x1D6FC,
        0x1F600, 0x1F468, 0xE0001, 0x10FFFF};

    /** Constructs that nest, as {prefix, suffix}; each wraps an expression or (the last) a statement. */
    private static final String[][] NESTERS = {
        {"(", ")"}, {"[", "]"}, {"not ", ""}, {"-", ""}, {"x => ", ""}, {"(y: Real) => ", ""}, {"abs(", ")"},
        {"if true then ", " else 0"}, {"1 ^ ", ""}, {"1 + (", ")"}, {"max(1, ", ")"}, {"\"${", "}\""}, {"{ a = ", " }"},
    };

    private final List<Seed> seeds;
    private final List<String> pool;
    private final long seed;

    FuzzInputs(List<Seed> seeds, long seed) {
        this.seeds = seeds;
        this.seed = seed;
        List<String> p = new ArrayList<>(EXTRA);
        for (Seed s : seeds) for (String t : s.tokens()) if (!t.isBlank() && t.length() <= 24) p.add(t);
        this.pool = p;
    }

    static Seed seed(String path, String text) {
        return new Seed(path, text, tokens(text));
    }

    /** Input number {@code i}; the same i gives the same input. */
    Input input(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + i);
        Seed s = seeds.get(rnd.nextInt(seeds.size()));
        int kind = rnd.nextInt(30);
        if (kind < 20) return new Input(mutate(s, rnd), null, "edit");
        return switch (kind) {
            case 20, 21 -> randomBytes(s, rnd);
            case 22, 23 -> new Input(nested(s, rnd), null, "nesting");
            case 24, 25, 26 -> new Input(huge(s, rnd), null, "huge");
            case 27, 28 -> new Input(unicode(s, rnd), null, "unicode");
            default -> new Input(longLine(s, rnd), null, "long line");
        };
    }

    Seed seedOf(int i) {
        return seeds.get(new SplittableRandom(seed * 31 + i).nextInt(seeds.size()));
    }

    // ------------------------------------------------------------------ small edits

    private String mutate(Seed seed, SplittableRandom rnd) {
        List<String> toks = new ArrayList<>(seed.tokens());
        int n = 1 + rnd.nextInt(4);
        String text = null;
        for (int k = 0; k < n; k++) {
            int op = rnd.nextInt(10);
            if (op < 6) {
                if (text != null) toks = tokens(text);
                text = null;
                if (toks.isEmpty()) toks.add(pick(rnd));
                int a = rnd.nextInt(toks.size());
                switch (op) {
                    case 0 -> toks.remove(a);
                    case 1 -> toks.add(rnd.nextInt(toks.size() + 1), pick(rnd));
                    case 2 -> toks.set(a, pick(rnd));
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
            }
        }
        return text != null ? text : String.join("", toks);
    }

    private String pick(SplittableRandom rnd) {
        return pool.get(rnd.nextInt(pool.size()));
    }

    private static String randomChar(SplittableRandom rnd) {
        String chars = "(){}[]\"'$\\/*+-^=<>.,;:_%·µ\n\r\t 0123456789eEaZ";
        return rnd.nextInt(8) == 0 ? new String(Character.toChars(0x80 + rnd.nextInt(0x2000)))
                : String.valueOf(chars.charAt(rnd.nextInt(chars.length())));
    }

    // ------------------------------------------------------------------ hostile shapes

    /** Random bytes spliced into the UTF-8 of a seed: often not UTF-8 at all. */
    private static Input randomBytes(Seed seed, SplittableRandom rnd) {
        byte[] base = seed.text().getBytes(StandardCharsets.UTF_8);
        int at = base.length == 0 ? 0 : rnd.nextInt(base.length + 1);
        byte[] junk = new byte[1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 4096 : 16)];
        rnd.nextBytes(junk);
        if (rnd.nextBoolean()) for (int k = 0; k < junk.length; k++) junk[k] &= 0x7f; // ASCII controls and punctuation, still UTF-8
        boolean replace = rnd.nextBoolean();
        int tail = replace ? Math.min(base.length, at + junk.length) : at;
        byte[] out = new byte[at + junk.length + base.length - tail];
        System.arraycopy(base, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(base, tail, out, at + junk.length, base.length - tail);
        return new Input(null, out, "bytes");
    }

    /** A construct nested to a depth around the limits, as a new statement or inside the seed. */
    private String nested(Seed seed, SplittableRandom rnd) {
        int[] depths = {10, 100, 255, 257, 333, 500, 999, 1001, 2000, 5000};
        int depth = depths[rnd.nextInt(depths.length)];
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(4) == 0) {
            // blocks: statements inside statements
            String[] open = {"if true {\n", "while false {\n", "for i in range(0, 1) {\n", "fn g() {\n"};
            String o = open[rnd.nextInt(open.length)];
            sb.append("var a = 0\n").append(o.repeat(depth)).append("a = 1\n").append("}\n".repeat(depth));
        } else {
            String[] w = NESTERS[rnd.nextInt(NESTERS.length)];
            String core = rnd.nextBoolean() ? "1" : pick(rnd);
            sb.append("let zz = ").append(w[0].repeat(depth)).append(core).append(w[1].repeat(depth)).append('\n');
        }
        if (rnd.nextBoolean()) return seed.text() + "\n" + sb;
        List<String> toks = new ArrayList<>(seed.tokens());
        toks.add(toks.isEmpty() ? 0 : rnd.nextInt(toks.size() + 1), sb.toString());
        return String.join("", toks);
    }

    /** A literal, exponent or dimension past a limit, in place of a number of the seed or as a new binding. */
    private static String huge(Seed seed, SplittableRandom rnd) {
        String h = HUGE.get(rnd.nextInt(HUGE.size()));
        List<String> toks = new ArrayList<>(seed.tokens());
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) if (NUMBER.matcher(toks.get(k)).matches()) numbers.add(k);
        if (!numbers.isEmpty() && rnd.nextBoolean()) {
            toks.set(numbers.get(rnd.nextInt(numbers.size())), h);
            return String.join("", toks);
        }
        return seed.text() + "\nlet zz = " + h + "\nprint(zz)\n";
    }

    /** Unusual code points: in names, strings, comments or between tokens. */
    private static String unicode(Seed seed, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(seed.text());
        int n = 1 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
            int cp = rnd.nextInt(3) == 0 ? randomCodePoint(rnd) : ODD[rnd.nextInt(ODD.length)];
            int at = sb.length() == 0 ? 0 : rnd.nextInt(sb.length() + 1);
            if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) at--;
            sb.insert(at, Character.toChars(cp));
        }
        return sb.toString();
    }

    private static int randomCodePoint(SplittableRandom rnd) {
        while (true) {
            int cp = rnd.nextInt(0x110000);
            if (cp < 0xD800 || cp > 0xDFFF) return cp;
        }
    }

    /** Long lines: the whole program on one line, or one line of thousands of tokens. */
    private String longLine(Seed seed, SplittableRandom rnd) {
        int[] sizes = {300, 1_000, 3_000, 10_000};
        int n = sizes[rnd.nextInt(sizes.length)];
        return switch (rnd.nextInt(6)) {
            case 0 -> seed.text().replace("\n", rnd.nextBoolean() ? " " : "; ");
            case 1 -> seed.text() + "\nlet zz = 1" + " + 1".repeat(n) + "\nprint(zz)\n";
            case 2 -> seed.text() + "\nlet zz = [" + "1, ".repeat(n) + "1]\nprint(len(zz))\n";
            case 3 -> seed.text() + "\nlet zz = \"" + "long string ".repeat(n) + "\"\n";
            case 4 -> seed.text() + "\n// " + "comment ".repeat(n) + "\n";
            default -> seed.text() + "\nlet zz = " + (pick(rnd) + " ").repeat(n) + "\n";
        };
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
}
