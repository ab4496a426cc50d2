package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.diag.Explanations;

/**
 * docs/diagnostics.md, where SARIF rules' helpUri points, is the `metaspin explain` texts of
 * every code, one section each with an anchor named after the code (`#e0202`); this test keeps
 * it equal to the texts that ship in the jar.
 */
class DiagnosticsDocTest {
    @Test
    void theDocumentIsTheShippedExplanations() throws IOException {
        StringBuilder sb = new StringBuilder("""
                # Diagnostic codes

                Every code metaspin reports, compile-time (`E…` errors, `W…` warnings) and run-time (`R…`),
                with what it means, a program that triggers it, and the fix. The same texts are printed by
                `metaspin explain CODE` and the REPL's `:explain CODE`, and carried by the rules of
                `metaspin check --format sarif`. Each example program is tested: it produces exactly its
                code, and the fixed programs are clean.

                """);
        for (String code : Explanations.codes()) sb.append("- [").append(code).append("](#").append(anchor(code)).append(") ")
                .append(Explanations.title(code)).append('\n');
        for (String code : Explanations.codes()) {
            String text = Explanations.of(code).strip();
            int nl = text.indexOf('\n');
            sb.append("\n<a id=\"").append(anchor(code)).append("\"></a>\n\n## ").append(text, 0, nl).append('\n')
                    .append(text.substring(nl + 1)).append('\n');
        }
        Path doc = Path.of("..", "docs", "diagnostics.md");
        if (Boolean.getBoolean("metaspin.regenerate")) Files.writeString(doc, sb.toString());
        assertEquals(sb.toString(), Files.readString(doc), "docs/diagnostics.md is stale: run this test with -Dmetaspin.regenerate=true");
    }

    private static String anchor(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
