package org.metaspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.CompletionWords;
import org.antlr.v4.runtime.CharStreams;
import org.metaspin.grammar.MetaSpinLexer;

/** The TextMate grammar of editors/ against the language: the lexer's keywords, and every program of the repository. */
class TextMateGrammarTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern WORDS = Pattern.compile("\\\\b\\(([a-z|]+)\\)\\\\b");

    private static JsonObject grammar() throws IOException {
        return JsonParser.parseString(Files.readString(ROOT.resolve("editors/metaspin.tmLanguage.json"))).getAsJsonObject();
    }

    @Test
    void keywordsAreTheLexersVocabulary() throws IOException {
        Set<String> inGrammar = new TreeSet<>();
        JsonObject keywords = grammar().getAsJsonObject("repository").getAsJsonObject("keywords");
        for (var p : keywords.getAsJsonArray("patterns")) {
            Matcher m = WORDS.matcher(p.getAsJsonObject().get("match").getAsString());
            while (m.find()) inGrammar.addAll(List.of(m.group(1).split("\\|")));
        }
        assertEquals(new TreeSet<>(CompletionWords.KEYWORDS), inGrammar);
        assertEquals(27, CompletionWords.KEYWORDS.size(), "§1 lists 27 keywords");
    }

    @Test
    void tokenizesEveryProgramWithoutGapsOrOpenRegions() throws IOException {
        TextMate tm = new TextMate(grammar());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String dir : List.of("examples", "compiler/src/test/programs", "stdlib/src/main/resources/std")) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                files = s.filter(p -> p.toString().endsWith(".msp")).sorted().toList();
            }
            for (Path f : files) {
                String text = Files.readString(f);
                // programs with lexical errors (an unclosed comment or string) are the compiler's business, not the grammar's
                if (lexicalError(text)) continue;
                TextMate.Result r = tm.tokenize(text);
                checked++;
                if (!r.uncovered().isEmpty() || r.openRegions() != 0) {
                    problems.add(ROOT.relativize(f) + ": " + r.uncovered() + (r.openRegions() != 0 ? " open regions: " + r.openRegions() : ""));
                }
            }
        }
        assertTrue(checked > 400, "programs tokenized: " + checked);
        assertEquals(List.of(), problems);
    }

    private static boolean lexicalError(String text) {
        MetaSpinLexer lexer = new MetaSpinLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream().anyMatch(t -> t.getType() == MetaSpinLexer.UNTERMINATED_COMMENT
                || t.getType() == MetaSpinLexer.STR_UNTERMINATED || t.getType() == MetaSpinLexer.BAD_CHAR);
    }

    @Test
    void theTokenizerSeesAnUnclosedComment() throws IOException {
        TextMate.Result r = new TextMate(grammar()).tokenize("let x = 1 /* not closed\nprint(x)\n");
        assertEquals(1, r.openRegions());
        assertEquals(List.of("1:1 `#`"), new TextMate(grammar()).tokenize("# not MetaSpin").uncovered());
    }
}
