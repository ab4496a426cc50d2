package org.metaspin.maven;

import java.io.File;
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
 * `metaspin:compile`: compiles every `.msp` file under the source folder. By default the class
 * files ({@code msp/NAME.class}) go into the project's output folder and so into its jar,
 * next to the project's Java code; with {@code jars} set, each file becomes a self-contained
 * jar {@code NAME.jar} in that folder, which {@code java -jar} runs anywhere. Fails the
 * build on errors. Bound to `compile` by default.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class CompileMojo extends AbstractMojo {
    @Parameter(property = "metaspin.sourceDirectory", defaultValue = "${project.basedir}/src/main/msp")
    File sourceDirectory;

    /** Other folders to look for imported modules in (`--path`). */
    @Parameter
    List<File> modulePath = new ArrayList<>();

    /** Where the class files go: the project's classes, hence its jar. */
    @Parameter(defaultValue = "${project.build.outputDirectory}")
    File outputDirectory;

    /** When set, a folder for one self-contained runnable jar per source file instead of class files. */
    @Parameter(property = "metaspin.jars")
    File jars;

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
        List<String> args = new ArrayList<>(List.of("compile", "--color", "never"));
        for (File p : modulePath) args.addAll(List.of("--path", p.toString()));
        args.addAll(MetaspinCommand.paths(files));
        if (jars != null) {
            // with several files, compile names each jar after its file beside the one given
            args.addAll(List.of("--jar", new File(jars, files.size() == 1 ? stem(files.get(0)) + ".jar" : "metaspin.jar").toString()));
        } else {
            args.addAll(List.of("-d", outputDirectory.toString()));
        }
        MetaspinCommand.Result r = MetaspinCommand.run(getLog(), args);
        MetaspinCommand.outcome(r.exit(), "metaspin:compile");
        getLog().info("Compiled " + files.size() + " MetaSpin file" + (files.size() == 1 ? "" : "s") + " into "
                + (jars != null ? jars : outputDirectory));
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".msp".length());
    }
}
