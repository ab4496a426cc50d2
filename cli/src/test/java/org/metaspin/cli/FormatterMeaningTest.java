package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.fmt.Formatter;
import org.metaspin.grammar.MetaSpinLexer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * `metaspin fmt` on every program of the repository (golden programs, examples, the
 * tutorial, the standard library, the fuzzer's seeds): formatting formatted text changes
 * nothing, the tokens stay the same and in the same order (comments included; only
 * whitespace and `;` change), and the formatted program compiles to the same diagnostic
 * codes, or, when it compiles, to the same bytecode apart from line numbers.
 */
class FormatterMeaningTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyProgram() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("examples", "compiler/src/test/programs", "stdlib/src/main/resources/std", "cli/src/test/resources/fuzz-seeds")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".msp")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 400, "programs found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path f) throws IOException {
        SourceFile original = new SourceFile(f.toString(), Files.readString(f));
        Formatter.Result once = Formatter.format(original);
        if (!once.ok()) {
            // a syntax-error golden: nothing to format, and fmt says why
            assertTrue(once.diagnostics().hasErrors());
            return;
        }
        SourceFile formatted = new SourceFile(f.toString(), once.text());
        Formatter.Result twice = Formatter.format(formatted);
        assertTrue(twice.ok(), "the formatted text parses:\n" + once.text());
        assertEquals(once.text(), twice.text(), "fmt of formatted text changes nothing");
        assertEquals(tokens(original.text()), tokens(once.text()), "the same tokens in the same order");

        Compiler.Result compiled = new Compiler(List.of()).compile(original);
        Compiler.Result after = new Compiler(List.of()).compile(formatted);
        assertEquals(codes(compiled), codes(after), "the same diagnostics");
        assertEquals(compiled.classes().keySet(), after.classes().keySet());
        for (Map.Entry<String, byte[]> e : compiled.classes().entrySet()) {
            assertEquals(withoutLines(e.getValue()), withoutLines(after.classes().get(e.getKey())), "bytecode of " + e.getKey());
        }
    }

    @Test
    void keepsMeaningOfLayoutSensitiveForms() {
        // a newline ends `let b = a`, so `- 1` is a statement of its own; units extend over `/ m` (§2.1)
        String src = "let a = 1\nlet b = a\n- 1\nprint(2 A / m, (2 A) / a)\n";
        String out = Formatter.format(new SourceFile("t.msp", src)).text();
        assertEquals("let a = 1\nlet b = a\n-1\nprint(2 A/m, (2 A) / a)\n", out);
        assertEquals(tokens(src), tokens(out));
    }

    private static List<String> codes(Compiler.Result r) {
        return r.diagnostics().sorted().stream().map(Diagnostic::code).map(Enum::name).sorted().toList();
    }

    /** Every token but whitespace, newlines and `;`, with its text. */
    static List<String> tokens(String text) {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            int k = t.getType();
            if (k == MetaSpinLexer.WS || k == MetaSpinLexer.NL || k == MetaSpinLexer.SEMI) continue;
            out.add(MetaSpinLexer.VOCABULARY.getSymbolicName(k) + " " + t.getText().strip());
        }
        return out;
    }

    /** The class without debug attributes (line numbers move when the layout does). */
    private static String withoutLines(byte[] bytes) {
        ClassWriter w = new ClassWriter(0);
        new ClassReader(bytes).accept(w, ClassReader.SKIP_DEBUG);
        return java.util.HexFormat.of().formatHex(w.toByteArray());
    }
}
