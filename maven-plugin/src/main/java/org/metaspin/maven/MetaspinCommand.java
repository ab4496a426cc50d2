package org.metaspin.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.metaspin.cli.Main;

/**
 * Runs the `metaspin` command in the build's JVM, exactly as on the command line, so the
 * goals report what `metaspin check` and `metaspin compile` report; its standard output is
 * returned, its standard error goes to the build log line by line (unless the log is null).
 */
final class MetaspinCommand {
    record Result(int exit, String out) {}

    private MetaspinCommand() {}

    static Result run(Log log, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.execute(args.toArray(String[]::new), o, e);
        }
        // each diagnostic's lines go to the level of its first line: warnings as warnings
        boolean warning = exit == 0;
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isEmpty() || log == null) continue;
            if (line.startsWith("warning")) warning = true;
            else if (line.startsWith("error") || line.startsWith("runtime error") || line.startsWith("metaspin:")) warning = false;
            if (warning) log.warn(line);
            else log.error(line);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** The `.msp` files under {@code dir}, in path order; none when it does not exist. */
    static List<Path> sources(File dir) throws MojoExecutionException {
        if (dir == null || !dir.isDirectory()) return List.of();
        try (Stream<Path> s = Files.walk(dir.toPath())) {
            return s.filter(p -> p.toString().endsWith(".msp") && Files.isRegularFile(p)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Turns the exit code of §14 into the build's outcome. */
    static void outcome(int exit, String what) throws MojoExecutionException, MojoFailureException {
        switch (exit) {
            case 0 -> { }
            case 1 -> throw new MojoFailureException(what + ": the MetaSpin sources have errors (see above)");
            case 66 -> throw new MojoFailureException(what + ": a MetaSpin source could not be read (see above)");
            default -> throw new MojoExecutionException(what + ": metaspin exited with code " + exit);
        }
    }

    static List<String> paths(List<Path> files) {
        List<String> all = new ArrayList<>();
        for (Path p : files) all.add(p.toString());
        return all;
    }
}
