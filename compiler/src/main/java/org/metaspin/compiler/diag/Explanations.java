package org.metaspin.compiler.diag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metaspin.compiler.check.Suggest;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * The long explanations of every code of LANGUAGE.md §14, compile-time and run-time, kept as
 * Markdown resources {@code explain/CODE.md} beside this class; shared by {@code metaspin
 * explain}, the REPL's {@code :explain} and the SARIF rules. Each one has a program that
 * triggers the code (the first {@code ```msp} block) and the fixed program (the later ones),
 * which a test compiles or runs.
 */
public final class Explanations {
    private Explanations() {}

    /** Every code that has an explanation: compile-time codes, then run-time ones. */
    public static List<String> codes() {
        List<String> all = new ArrayList<>();
        for (Code c : Code.values()) all.add(c.name());
        for (RuntimeFailure.Code c : RuntimeFailure.Code.values()) all.add(c.name());
        return all;
    }

    /** The code as users write it, normalized: {@code e202}, {@code E202} and {@code E0202} are E0202. */
    public static String normalize(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.matches("[EWR]\\d{1,3}")) c = c.charAt(0) + "0".repeat(5 - c.length()) + c.substring(1);
        return c;
    }

    /** The explanation of {@code code} (any spelling {@link #normalize} accepts), or null for an unknown code. */
    public static String of(String code) {
        String c = normalize(code);
        if (!codes().contains(c)) return null;
        try (InputStream in = Explanations.class.getResourceAsStream("explain/" + c + ".md")) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // fall through to the one-line title
        }
        return c + ": " + title(c) + "\n";
    }

    /** The one-line meaning of a known code. */
    public static String title(String code) {
        for (Code c : Code.values()) if (c.name().equals(code)) return c.title;
        for (RuntimeFailure.Code c : RuntimeFailure.Code.values()) if (c.name().equals(code)) return c.meaning;
        return null;
    }

    /** What to say about a code that has no explanation: one line, with the closest code if there is one. */
    public static String unknown(String code) {
        String s = Suggest.closest(normalize(code), codes());
        return "unknown code `" + code.strip() + "`" + (s == null ? "" : "; did you mean " + s + " (" + title(s) + ")?")
                + " Codes look like E0202, W0001 or R0003; `metaspin explain --list` lists them";
    }
}
