package org.metaspin.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shell in a real pseudo-terminal, through util-linux `script` (skipped where it is
 * missing): the system terminal, raw-mode line editing, highlighting, continuation and
 * Ctrl-D. Each step waits for the screen to show what it expects. Ctrl-C is tested through
 * the terminal's signal in {@code ReplTest}: delivered through a pty it proved unreliable
 * on a loaded machine.
 */
class PseudoTerminalTest {
    private final StringBuilder screen = new StringBuilder();

    @Test
    void aSessionInARealTerminal() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "stty cols 100 rows 40; exec " + java + " -cp " + System.getProperty("java.class.path") + " " + Repl.class.getName();
        ProcessBuilder pb = new ProcessBuilder(List.of("script", "-qfec", cmd, "/dev/null")).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        Process p = pb.start();
        try {
            InputStream out = p.getInputStream();
            OutputStream keys = p.getOutputStream();
            await(p, out, "msp> ");
            type(keys, "let d = 3 nm\n");
            await(p, out, "d = 3 nm : Length");
            type(keys, "fn twice(x: Length) -> Length {\n");
            await(p, out, "...> ");
            type(keys, "return 2 * x\n}\n");
            await(p, out, "fn twice");
            type(keys, "twice(d)\n");
            await(p, out, "6 nm : Length");
            type(keys, "d + 1 nm\n");
            await(p, out, "4 nm : Length");
            await(p, out, "msp> "); // on a loaded machine the next prompt can come late; Ctrl-D before it is lost
            type(keys, "\u0004"); // Ctrl-D at an empty prompt
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "Ctrl-D ends the shell:\n" + screen);
            assertTrue(screen.toString().contains("\u001b["), "the input is highlighted");
        } finally {
            // `script` does not take its child with it: end the shell's JVM too
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static void type(OutputStream keys, String s) throws Exception {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private void await(Process p, InputStream in, String text) throws Exception {
        if (!seen(p, in, text, 60)) throw new AssertionError("the screen never showed `" + text + "`:\n" + screen);
    }

    /** Reads the screen until {@code text} appears after what was read before, or {@code seconds} pass. */
    private boolean seen(Process p, InputStream in, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int from = screen.length();
        while (System.nanoTime() < deadline) {
            while (in.available() > 0) screen.append((char) in.read());
            if (screen.indexOf(text, Math.max(0, from - text.length())) >= 0) return true;
            if (!p.isAlive() && in.available() == 0) break;
            Thread.sleep(20);
        }
        return false;
    }
}
