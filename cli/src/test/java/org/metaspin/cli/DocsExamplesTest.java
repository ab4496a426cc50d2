package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the user documentation are real programs. Every `msp` block of
 * docs/language.md compiles without a diagnostic. Every `msp` block of docs/tutorial.md is
 * preceded by the golden program it shows (`<!-- examples/tutorial/NAME.msp -->`) and is that
 * file's text, and a `text` block right after it is that program's expected output, so the
 * golden-program test runs what the tutorial shows.
 */
class DocsExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK = Pattern.compile("```msp\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TUTORIAL = Pattern.compile(
            "<!-- (examples/tutorial/[\\w/]+\\.msp) -->\\n```msp\\n(.*?)```\\n(?:\\n```text\\n(.*?)```\\n)?", Pattern.DOTALL);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> languageReferenceExamplesCompile() throws IOException {
        String text = Files.readString(ROOT.resolve("docs/language.md"));
        Matcher m = BLOCK.matcher(text);
        List<String> blocks = new java.util.ArrayList<>();
        while (m.find()) blocks.add(m.group(1));
        assertTrue(blocks.size() > 20, "the reference has examples");
        return java.util.stream.IntStream.range(0, blocks.size()).mapToObj(i -> DynamicTest.dynamicTest(
                "language.md example " + (i + 1) + ": " + blocks.get(i).lines().findFirst().orElse(""), () -> {
                    Path f = dir.resolve("example" + i + ".msp");
                    Files.writeString(f, blocks.get(i));
                    var r = Cli.exec("check", f.toString());
                    assertEquals(0, r.exit(), blocks.get(i) + "\n" + r.err());
                    assertEquals("", r.err(), blocks.get(i));
                }));
    }

    @Test
    void tutorialSnippetsAreTheGoldenPrograms() throws IOException {
        String text = Files.readString(ROOT.resolve("docs/tutorial.md"));
        int blocks = 0;
        Matcher all = BLOCK.matcher(text);
        while (all.find()) blocks++;
        Matcher m = TUTORIAL.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            Path program = ROOT.resolve(m.group(1));
            assertEquals(Files.readString(program), m.group(2), m.group(1) + " differs from the tutorial's snippet");
            String out = program.resolveSibling(program.getFileName().toString().replace(".msp", ".out")).toString();
            if (m.group(3) != null) assertEquals(Files.readString(Path.of(out)), m.group(3), out + " differs from the tutorial's output");
        }
        assertEquals(blocks, found, "every msp block of the tutorial names its golden program");
        assertTrue(found >= 5, "the tutorial has snippets");
    }
}
