package org.metaspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.metaspin.runtime.protocol.ShardMerge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `metaspin runs merge DIR…`: joins the parts of sweeps run with {@code --shard K/N} (in one
 * results folder or several) into one sweep record, sweep.json and summary.csv, the same as
 * the sweep run whole would have written. A sweep with points missing is reported (which
 * shard should have run them) and not written; exit 66 then.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the parts of sharded sweeps (--shard K/N) into one sweep.json and summary.csv.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "results folders (or sweep folders) holding the parts")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "where the merged sweep goes (default: results)")
    Path out = Path.of("results");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                err.println("metaspin: no runs: " + d + " is not a directory");
                return ExitCodes.NO_INPUT;
            }
        }
        List<ShardMerge.Outcome> merged;
        try {
            merged = ShardMerge.merge(dirs, this.out);
        } catch (IOException e) {
            err.println("metaspin: cannot merge: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        if (merged.isEmpty()) {
            err.println("metaspin: no part of a sharded sweep under " + dirs.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + " (a part is the sweep.json of `metaspin run FILE --shard K/N`)");
            return ExitCodes.NO_INPUT;
        }
        int exit = ExitCodes.OK;
        for (ShardMerge.Outcome o : merged) {
            if (!o.complete()) {
                err.println("metaspin: sweep " + o.protocol() + ": " + o.missing().size() + " of " + o.points() + " points missing in "
                        + o.parts() + " part" + (o.parts() == 1 ? "" : "s") + " (" + missing(o) + "); nothing written for it");
                exit = ExitCodes.NO_INPUT;
                continue;
            }
            out.println("sweep " + o.protocol() + ": " + o.points() + " runs from " + o.parts() + " part" + (o.parts() == 1 ? "" : "s")
                    + " -> " + o.directory());
            for (String line : o.table()) out.println(line);
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** {@code points 2, 5: shard 3/3 has not written its part}, by the rule of --shard (point i is part i mod N + 1). */
    private static String missing(ShardMerge.Outcome o) {
        List<Integer> points = o.missing();
        String list = points.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "));
        String shards = points.stream().map(i -> i % o.shards() + 1).distinct().sorted().map(k -> k + "/" + o.shards())
                .collect(Collectors.joining(", "));
        return "point" + (points.size() == 1 ? " " : "s ") + list + (points.size() > 20 ? ", …" : "") + ": shard " + shards
                + " has not written its part (still running, failed to start, or in a folder not given)";
    }
}
