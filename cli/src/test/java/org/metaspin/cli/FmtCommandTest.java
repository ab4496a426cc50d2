package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `metaspin fmt FILE… [--check]` (§13) as a user runs it. */
class FmtCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkListsWhatWouldChangeThenFmtRewritesAndIsIdempotent() throws IOException {
        Path messy = Files.writeString(dir.resolve("messy.msp"), "let x=1;print( x )\n");
        Path tidy = Files.writeString(dir.resolve("tidy.msp"), "print(1)\n");
        var check = Cli.exec("fmt", "--check", dir.toString());
        assertEquals(1, check.exit(), check.err());
        assertEquals(messy + "\n", check.out());
        assertEquals("let x=1;print( x )\n", Files.readString(messy), "--check changes nothing");

        var fmt = Cli.exec("fmt", messy.toString(), tidy.toString());
        assertEquals(0, fmt.exit(), fmt.err());
        assertEquals("let x = 1\nprint(x)\n", Files.readString(messy));
        assertTrue(fmt.err().contains("formatted: 1 file"), fmt.err());
        assertEquals(0, Cli.exec("fmt", "--check", dir.toString()).exit());
    }

    @Test
    void aFileWithASyntaxErrorIsReportedAndLeftAlone() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.msp"), "let x = (1 +\nprint( x )\n");
        var r = Cli.exec("fmt", bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error[E0001]"), r.err());
        assertEquals("let x = (1 +\nprint( x )\n", Files.readString(bad));
        assertEquals(66, Cli.exec("fmt", dir.resolve("missing.msp").toString()).exit());
    }
}
