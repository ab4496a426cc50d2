package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.repl.ColorChoice;
import picocli.CommandLine;

/** The conventions of §13 that every command shares: help, suggestions, -q, --color, --deny-warnings, folders, completion. */
class CommandConventionsTest {
    @TempDir
    Path dir;

    private static Cli.Result exec(String... args) {
        return Cli.exec(args);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void helpOfACommandIsItsUsageAndSucceeds() {
        var r = exec("help", "run");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: metaspin run"), r.out());
        var all = exec("help");
        assertEquals(0, all.exit());
        assertTrue(all.out().contains("METASPIN_JAVA_OPTS") && all.out().contains("explain"), all.out());
    }

    @Test
    void misspelledCommandsAndOptionsGetTheClosestOne() {
        var cmd = exec("chek", "x.msp");
        assertEquals(64, cmd.exit());
        assertTrue(cmd.err().startsWith("metaspin: unknown command `chek`; did you mean `check`?\nUsage: metaspin"), cmd.err());
        var opt = exec("check", "--fromat", "json", "x.msp");
        assertEquals(64, opt.exit());
        assertTrue(opt.err().startsWith("metaspin: unknown option `--fromat`; did you mean `--format`?\nUsage: metaspin check"), opt.err());
        assertTrue(opt.err().contains("Run `metaspin help check` for more."), opt.err());
    }

    @Test
    void quietAndColorAreAcceptedBeforeAndAfterTheCommand() throws IOException {
        Path bad = write("bad.msp", "let x = 5 nm + 3 ns\n");
        var always = exec("--color", "always", "check", bad.toString());
        assertTrue(always.err().contains("\u001b[1;31merror[E0202]"), always.err());
        var never = exec("check", "-q", "--color=never", bad.toString());
        assertEquals(1, never.exit());
        assertTrue(never.err().startsWith("error[E0202]") && !never.err().contains("\u001b["), never.err());
        var auto = exec("check", bad.toString());
        assertFalse(auto.err().contains("\u001b["), "auto: not a terminal, no colour");
        assertEquals(64, exec("check", "--color", "sometimes", bad.toString()).exit());
    }

    @Test
    void autoColorsOnlyOnATerminalWithoutNoColor() {
        assertTrue(ColorChoice.AUTO.colors(true, Map.of("TERM", "xterm")));
        assertFalse(ColorChoice.AUTO.colors(true, Map.of("NO_COLOR", "1")));
        assertTrue(ColorChoice.AUTO.colors(true, Map.of("NO_COLOR", "")), "no-color.org: only a non-empty value counts");
        assertFalse(ColorChoice.AUTO.colors(false, Map.of()));
        assertFalse(ColorChoice.AUTO.colors(true, Map.of("TERM", "dumb")));
        assertTrue(ColorChoice.ALWAYS.colors(false, Map.of("NO_COLOR", "1")));
        assertFalse(ColorChoice.NEVER.colors(true, Map.of()));
    }

    @Test
    void denyWarningsFailsOnWarnings() throws IOException {
        Path warn = write("warn.msp", "fn f() -> Int {\n  let unused = 2\n  return 1\n}\nprint(f())\n");
        assertEquals(0, exec("check", warn.toString()).exit());
        var denied = exec("check", "--deny-warnings", warn.toString());
        assertEquals(1, denied.exit());
        assertTrue(denied.err().contains("warning[W0001]"), denied.err());
        assertTrue(denied.err().endsWith("error: warnings are denied (--deny-warnings): 1 file with warnings\n"), denied.err());
        assertEquals(0, exec("check", "--deny-warnings", write("ok.msp", "print(1)\n").toString()).exit());
    }

    @Test
    void aFolderMeansEveryMspFileBelowIt() throws IOException {
        write("src/a.msp", "print(1)\n");
        write("src/lab/b.msp", "let x = 5 nm + 3 ns\n");
        write("src/.hidden/c.msp", "let y = 5 nm + 3 ns\n");
        write("src/notes.txt", "not a program");
        var r = exec("check", "--format", "json", dir.resolve("src").toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("b.msp"), r.out());
        assertEquals(0, exec("check", dir.resolve("src/a.msp").toString()).exit());
    }

    @Test
    void theShippedCompletionScriptIsCurrent() throws IOException {
        var r = exec("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("complete -F _complete_metaspin") && r.out().contains("check"), r.out());
        Path shipped = Path.of("..", "bin", "metaspin-completion.bash");
        if (Boolean.getBoolean("metaspin.regenerate")) Files.writeString(shipped, r.out());
        assertEquals(Files.readString(shipped), r.out(),
                "bin/metaspin-completion.bash is stale: run this test with -Dmetaspin.regenerate=true");
    }

    @Test
    void everyCommandTakesTheSharedOptions() {
        CommandLine cl = new CommandLine(new Main());
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            assertTrue(e.getValue().getCommandSpec().optionsMap().containsKey("-q"), e.getKey());
            assertTrue(e.getValue().getCommandSpec().optionsMap().containsKey("--color"), e.getKey());
        }
    }
}
