package org.metaspin.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.metaspin.runtime.lang.Console;

/** Runs a `metaspin` command line in this process, capturing what it prints and its exit code. */
final class Cli {
    private Cli() {}

    record Result(int exit, String out, String err) {}

    static Result exec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Console.redirect(o);
        try {
            int code = Main.execute(args, o, e);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Console.redirect(null);
        }
    }
}
