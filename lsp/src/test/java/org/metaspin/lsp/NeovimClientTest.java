package org.metaspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor against the server: headless Neovim's built-in LSP client opens a file with a
 * dimension error, receives the diagnostic, completes after a `.`, hovers a function and sees
 * the diagnostic clear after an unsaved edit. CI installs Neovim (Debian's package); where it
 * is missing the test is skipped.
 */
class NeovimClientTest {
    @TempDir
    Path dir;

    /** `metaspin lsp` without the rest of the command: this module's server on stdin/stdout. */
    public static final class ServeMain {
        public static void main(String[] args) throws InterruptedException {
            System.exit(Serve.serve(System.in, System.out));
        }
    }

    private static boolean neovim() {
        try {
            Process p = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void neovimGetsDiagnosticsCompletionAndHoverFromTheServer() throws Exception {
        assumeTrue(neovim(), "Neovim is not installed");
        Path server = dir.resolve("metaspin-lsp");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(server, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' '"
                + ServeMain.class.getName() + "'\n");
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = dir.resolve("session.lua");
        try (InputStream in = NeovimClientTest.class.getResourceAsStream("/neovim/session.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path program = dir.resolve("exp.msp");
        Files.writeString(program, String.join("\n",
                "import std.devices.{PtSynapse}",
                "",
                "fn area(w: Length, l: Length = 1 um) -> Area = w * l",
                "let a = area(200 nm) + 3 ns",
                "print(PtSynapse.Delta)",
                ""));
        Path transcript = dir.resolve("transcript.txt");
        ProcessBuilder pb = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE", "-u", "NONE",
                "-c", "luafile " + script, program.toString()).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nvim.log").toFile());
        pb.environment().put("METASPIN_LSP", server.toString());
        pb.environment().put("TRANSCRIPT", transcript.toString());
        pb.environment().put("HOME", dir.toString());
        Process nvim = pb.start();
        if (!nvim.waitFor(180, TimeUnit.SECONDS)) {
            nvim.destroyForcibly();
            throw new AssertionError("Neovim did not finish: " + Files.readString(dir.resolve("nvim.log")));
        }
        assertTrue(Files.exists(transcript), "no transcript: " + Files.readString(dir.resolve("nvim.log")));
        List<String> lines = Files.readAllLines(transcript);
        String all = String.join("\n", lines);
        assertTrue(lines.get(0).startsWith("diagnostic 4:9 E0202 cannot add `Area` and `Time`"), all);
        assertTrue(lines.contains("completion Delta : Real (derived)"), all);
        assertTrue(lines.contains("completion Ic0 : Current (derived)"), all);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("hover ") && l.contains("fn area(w: Length, l: Length = 1 um) -> Area")), all);
        assertEquals("diagnostics after the edit: 0", lines.get(lines.size() - 1), all);
    }
}
