package org.metaspin.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The `metaspin` command (LANGUAGE.md §13). */
@Command(name = "metaspin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compile and run MetaSpin programs: spintronic synapses and what they do to learning.",
        footerHeading = "%n",
        footer = {"Exit codes: 0 success; 1 compile errors (warnings too with --deny-warnings);",
                "  2 run-time error; 64 bad command line; 66 input missing or unreadable; 70 internal error.",
                "Environment: METASPIN_JAVA_OPTS, options for the JVM (bin/metaspin passes them: -Xmx8g);",
                "  NO_COLOR, no colours; METASPIN_TRACE=1, the Java trace of an internal error.",
                "The language reference is docs/language.md; `metaspin doc NAME` and",
                "`metaspin explain CODE` work offline. Completion for bash/zsh: metaspin completion."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether the command writes to the process's own streams (main), not to a caller's (tests, embedding). */
    private static volatile boolean processStreams;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    /** The subcommands by name, in the order `metaspin --help` lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(RunCommand.class, CheckCommand.class, CompileCommand.class,
            ReplCommand.class, ExplainCommand.class, DocCommand.class, CommandLine.HelpCommand.class, CompletionCommand.class,
            RunsCommand.class, FmtCommand.class, LspCommand.class);

    /**
     * The subcommands that read their siblings: `help` and `completion` describe them all.
     * Any other subcommand that starts a command line gets a model of itself alone: picocli
     * builds each subcommand's model by reflection, and building all of them was a third of
     * the start-up of `metaspin check`. A command line that starts with no subcommand (an
     * option, or a mistyped name, which is answered with the names it might be) gets them all.
     */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    /** The commands that compile, whose runtime library is read while the command line is set up. */
    private static final Set<String> COMPILING = Set.of("run", "check", "compile", "repl", "doc", "lsp");

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : classes) m.put(c.getAnnotation(Command.class).name(), c);
        return m;
    }

    public static void main(String[] args) {
        processStreams = true;
        if (args.length > 0 && COMPILING.contains(args[0])) RuntimeLibrary.preload();
        System.exit(execute(args, System.out, System.err));
    }

    static boolean onProcessStreams() { return processStreams; }

    /**
     * How `run` runs a compiled program: here, by default; metaspin-spark runs the points of
     * its sweeps on a cluster.
     */
    @FunctionalInterface
    public interface Launcher {
        void launch(Compiler.Result program) throws Throwable;
    }

    static final Launcher HERE = program -> new Program(program).run();

    /** The launcher of this command line's `run`. */
    Launcher launcher = HERE;

    /** Runs the command line and returns the exit code; used by the tests as well. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, HERE);
    }

    /** As {@link #execute(String[], PrintStream, PrintStream)}, `run` running the program with {@code launcher}. */
    public static int execute(String[] args, PrintStream out, PrintStream err, Launcher launcher) {
        // -q of an earlier command line of this process (tests, embedding) does not carry over
        System.clearProperty("metaspin.quiet");
        Main main = new Main();
        main.launcher = launcher;
        CommandLine cl = new CommandLine(main);
        Class<?> alone = args.length > 0 && !NEED_ALL.contains(args[0]) ? SUBCOMMANDS.get(args[0]) : null;
        for (Class<?> sub : alone != null ? List.<Class<?>>of(alone) : SUBCOMMANDS.values()) cl.addSubcommand(sub);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("metaspin: internal error (" + ex + "); this is a bug in metaspin: please report it with the command line");
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        if (ReplCommand.onTerminal()) {
            // plain `metaspin` on a terminal is the REPL (§13)
            spec.commandLine().getSubcommands().get("repl").execute();
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
