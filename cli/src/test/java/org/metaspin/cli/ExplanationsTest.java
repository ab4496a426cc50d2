package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.compiler.diag.Explanations;

/**
 * Every code of §14 has an explanation whose example program produces exactly that code (a
 * compile-time code from `check`, a run-time code from `run`), and whose fixed programs are
 * clean: the explanations cannot drift from what the compiler does.
 */
class ExplanationsTest {
    private static final Pattern BLOCK = Pattern.compile("```msp(?: file=(\\S+))?\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JSON_CODE = Pattern.compile("\"code\":\"(\\w+)\"");
    private static final Pattern RUNTIME_CODE = Pattern.compile("error\\[([EWR]\\d{4})]");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCodeHasATestedExplanation() {
        return Explanations.codes().stream().map(code -> DynamicTest.dynamicTest(code, () -> check(code)));
    }

    private void check(String code) throws IOException {
        var r = Cli.exec("explain", code);
        assertEquals(0, r.exit(), r.err());
        String text = r.out();
        assertTrue(text.startsWith(code + ": " + Explanations.title(code) + "\n"), text);
        assertTrue(text.contains("\nFix"), code + " says how to fix it");
        Path folder = Files.createDirectories(dir.resolve(code));
        List<String> programs = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) Files.writeString(folder.resolve(m.group(1)), m.group(2));
            else programs.add(m.group(2));
        }
        assertTrue(programs.size() >= 2, code + " needs an example and a fixed program");
        for (int i = 0; i < programs.size(); i++) {
            Path p = folder.resolve("example" + i + ".msp");
            Files.writeString(p, programs.get(i));
            List<String> found = codes(code.startsWith("R"), p);
            assertEquals(i == 0 ? List.of(code) : List.of(), found, code + " program " + i + ":\n" + programs.get(i));
        }
    }

    private static List<String> codes(boolean run, Path p) {
        var r = run ? Cli.exec("run", "--out", p.resolveSibling("results").toString(), p.toString())
                : Cli.exec("check", "--format", "json", p.toString());
        Matcher m = (run ? RUNTIME_CODE : JSON_CODE).matcher(run ? r.err() : r.out());
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void codesAreFoundWhateverTheirSpellingAndAnUnknownOneGetsASuggestion() {
        assertTrue(Cli.exec("explain", "e202").out().startsWith("E0202: dimension mismatch"));
        var r = Cli.exec("explain", "E0220");
        assertEquals(64, r.exit());
        assertTrue(r.err().contains("unknown code `E0220`; did you mean E0202 (dimension mismatch)?"), r.err());
        var list = Cli.exec("explain", "--list");
        assertEquals(Explanations.codes().size(), list.out().lines().count(), list.out());
    }
}
