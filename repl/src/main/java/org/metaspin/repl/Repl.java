package org.metaspin.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The MetaSpin REPL (LANGUAGE.md §13). On a terminal: a JLine line reader with the prompts
 * `msp> ` and `...> `, completion, highlighting and history. Otherwise ({@link #script}):
 * inputs are read from a stream without prompts or colours, and the exit status says
 * whether every one of them worked.
 */
public final class Repl {
    public static final String PROMPT = "msp> ";
    public static final String CONTINUATION = "...> ";

    /** Where imports are looked up besides the working folder, where history is kept (null: nowhere), and whether to colour. */
    public record Options(List<Path> searchPath, Path historyFile, ColorChoice color) {
        public Options(List<Path> searchPath, Path historyFile) {
            this(searchPath, historyFile, ColorChoice.AUTO);
        }

        public static Path defaultHistory() {
            return Path.of(System.getProperty("user.home"), ".metaspin", "history");
        }
    }

    private Repl() {}

    /** No colours at all, not even for search matches (NO_COLOR, --color never). */
    private static final org.jline.reader.Highlighter PLAIN = new org.jline.reader.impl.DefaultHighlighter() {
        @Override
        public org.jline.utils.AttributedString highlight(LineReader reader, String buffer) {
            return new org.jline.utils.AttributedString(buffer);
        }
    };

    /** Runs the shell on the system terminal without the CLI (the pseudo-terminal test uses it). */
    public static void main(String[] args) throws IOException {
        try (Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).build()) {
            System.exit(interactive(t, new Options(List.of(), null)));
        }
    }

    /** The interactive shell on {@code terminal}; returns when the user quits (`:quit`, Ctrl-D). */
    public static int interactive(Terminal terminal, Options options) {
        boolean color = options.color().colors(!terminal.getType().startsWith("dumb"), System.getenv());
        PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
        InputEvaluator eval = new InputEvaluator(options.searchPath(), Path.of("").toAbsolutePath(), out, out, color);
        Shell shell = new Shell(eval);
        LineReader reader = reader(terminal, eval, options);
        terminal.writer().println("MetaSpin REPL. :help lists the commands, Tab completes, Ctrl-D leaves.");
        terminal.writer().flush();
        while (!shell.quitting()) {
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt drops the line
            } catch (EndOfFileException e) {
                break;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> eval.cancel());
            try {
                shell.handle(input);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
            out.flush();
        }
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a comfort, not a reason to fail
        }
        return 0;
    }

    /** The JLine reader of the interactive shell, configured as the REPL uses it (the tests use it on a dumb terminal). */
    public static LineReader reader(Terminal terminal, InputEvaluator eval, Options options) {
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("metaspin")
                .parser(new MspParser())
                .completer(new MspCompleter(eval))
                .highlighter(options.color().colors(!terminal.getType().startsWith("dumb"), System.getenv())
                        ? new MspHighlighter(eval.library().kindNames()) : PLAIN)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.INDENTATION, 2)
                .variable(LineReader.HISTORY_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false);
        if (options.historyFile() != null) {
            try {
                Files.createDirectories(options.historyFile().toAbsolutePath().getParent());
                b.variable(LineReader.HISTORY_FILE, options.historyFile());
            } catch (IOException | RuntimeException e) {
                // no history then
            }
        }
        return b.build();
    }

    /**
     * Reads inputs from {@code in} (not a terminal): no prompts, no colours; every input is
     * echoed as in the shell. Returns 0 when every input worked, 1 when one had compile
     * errors (or was a bad command), 2 when one failed at run time or was stopped.
     */
    public static int script(Reader in, PrintStream out, PrintStream err, Options options) {
        InputEvaluator eval = new InputEvaluator(options.searchPath(), Path.of("").toAbsolutePath(), out, err, false);
        Shell shell = new Shell(eval);
        int exit = 0;
        BufferedReader r = in instanceof BufferedReader br ? br : new BufferedReader(in);
        StringBuilder pending = new StringBuilder();
        try {
            String line;
            while (!shell.quitting() && (line = r.readLine()) != null) {
                if (pending.length() == 0 && line.strip().startsWith(":")) {
                    exit = worst(exit, shell.handle(line));
                    continue;
                }
                if (pending.length() > 0) pending.append('\n');
                pending.append(line);
                if (Source.missing(pending.toString()) != null) continue;
                exit = worst(exit, shell.handle(pending.toString()));
                pending.setLength(0);
            }
            if (pending.length() > 0 && !shell.quitting()) exit = worst(exit, shell.handle(pending.toString()));
        } catch (IOException e) {
            err.println("metaspin: cannot read the input: " + e.getMessage());
            exit = worst(exit, InputEvaluator.Status.RUNTIME_ERROR);
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static int worst(int exit, InputEvaluator.Status s) {
        int code = switch (s) {
            case OK -> 0;
            case COMPILE_ERROR -> 1;
            case RUNTIME_ERROR, CANCELLED -> 2;
        };
        return Math.max(exit, code);
    }
}
