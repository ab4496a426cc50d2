package org.metaspin.runtime.protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how a run was made, for run.json (§11): the command line, host, Java, process
 * id and the git commit of the source's work tree. The commit is read from the {@code .git}
 * files (HEAD, the ref it names, packed-refs) rather than by starting {@code git}: no new
 * process per run, and no dependence on git being installed.
 */
final class Provenance {
    private Provenance() {}

    static Map<String, Object> of(String source, List<String> commandLine) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("command_line", commandLine);
        p.put("host", host());
        p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        p.put("pid", ProcessHandle.current().pid());
        String commit = source.isEmpty() ? null : gitCommit(Path.of(source).toAbsolutePath());
        if (commit != null) p.put("git_commit", commit);
        return p;
    }

    private static volatile String host;

    /** This machine's name (looked up once: the lookup may ask a name server). */
    static String host() {
        String h = host;
        if (h != null) return h;
        try {
            h = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            h = System.getenv("HOSTNAME");
            if (h == null) h = "unknown";
        }
        host = h;
        return h;
    }

    /** The commit checked out in the work tree that holds {@code file}, or null when there is none. */
    static String gitCommit(Path file) {
        for (Path d = file.getParent(); d != null; d = d.getParent()) {
            Path git = d.resolve(".git");
            try {
                if (Files.isRegularFile(git)) {
                    // a linked work tree: ".git" is a file "gitdir: <path>"
                    String line = Files.readString(git, StandardCharsets.UTF_8).trim();
                    if (!line.startsWith("gitdir:")) return null;
                    git = d.resolve(line.substring(7).trim());
                } else if (!Files.isDirectory(git)) {
                    continue;
                }
                return head(git);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static String head(Path git) throws IOException {
        String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
        if (!head.startsWith("ref:")) return head.matches("[0-9a-f]{40}") ? head : null;
        String ref = head.substring(4).trim();
        // refs live in the common directory of linked work trees
        Path common = git;
        Path commondir = git.resolve("commondir");
        if (Files.isRegularFile(commondir)) common = git.resolve(Files.readString(commondir, StandardCharsets.UTF_8).trim());
        for (Path base : List.of(git, common)) {
            Path f = base.resolve(ref);
            if (Files.isRegularFile(f)) return Files.readString(f, StandardCharsets.UTF_8).trim();
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String l : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (l.endsWith(" " + ref)) return l.substring(0, l.indexOf(' '));
            }
        }
        return null;
    }
}
