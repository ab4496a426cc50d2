package org.metaspin.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * `metaspin:check`: type-checks every `.msp` file under the source folder, writes the
 * findings as SARIF ({@code metaspin.sarif}, for code scanning) and JSON lines
 * ({@code metaspin.json}) into the report folder, and fails the build on errors (and on
 * warnings with {@code failOnWarnings}). Bound to `verify`, after the reports of the other
 * checks, by default; bind it to `validate` to fail early.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** Where the MetaSpin sources are. */
    @Parameter(property = "metaspin.sourceDirectory", defaultValue = "${project.basedir}/src/main/msp")
    File sourceDirectory;

    /** Other folders to look for imported modules in (`--path`). */
    @Parameter
    List<File> modulePath = new ArrayList<>();

    /** Where metaspin.sarif and metaspin.json go. */
    @Parameter(property = "metaspin.reportDirectory", defaultValue = "${project.build.directory}/metaspin")
    File reportDirectory;

    /** What SARIF paths are relative to; by default the enclosing git work tree, else the project's folder. */
    @Parameter(property = "metaspin.root")
    File root;

    /** Fail the build on warnings as on errors (`--deny-warnings`). */
    @Parameter(property = "metaspin.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    @Parameter(property = "metaspin.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) return;
        List<Path> files = MetaspinCommand.sources(sourceDirectory);
        if (files.isEmpty()) {
            getLog().info("No MetaSpin sources in " + sourceDirectory);
            return;
        }
        List<String> common = new ArrayList<>(List.of("--color", "never", "--root", root().toString()));
        for (File p : modulePath) common.addAll(List.of("--path", p.toString()));
        if (failOnWarnings) common.add("--deny-warnings");
        List<String> paths = MetaspinCommand.paths(files);

        MetaspinCommand.Result text = MetaspinCommand.run(getLog(), concat(List.of("check"), common, paths));
        // the findings are in the log once; the reports are written without repeating them
        write("metaspin.sarif", MetaspinCommand.run(null, concat(List.of("check", "--format", "sarif"), common, paths)).out());
        write("metaspin.json", MetaspinCommand.run(null, concat(List.of("check", "--format", "json"), common, paths)).out());
        getLog().info("Checked " + files.size() + " MetaSpin file" + (files.size() == 1 ? "" : "s") + "; reports in " + reportDirectory);
        MetaspinCommand.outcome(text.exit(), "metaspin:check");
    }

    private Path root() {
        if (root != null) return root.toPath().toAbsolutePath();
        for (Path p = basedir.toPath().toAbsolutePath(); p != null; p = p.getParent()) if (Files.exists(p.resolve(".git"))) return p;
        return basedir.toPath().toAbsolutePath();
    }

    private void write(String name, String content) throws MojoExecutionException {
        try {
            Files.createDirectories(reportDirectory.toPath());
            Files.writeString(reportDirectory.toPath().resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + name + " into " + reportDirectory + ": " + e.getMessage(), e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) all.addAll(p);
        return all;
    }
}
