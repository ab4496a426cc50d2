package org.metaspin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.metaspin.compiler.check.Suggest;
import picocli.CommandLine;

/**
 * A bad command line (exit 64, §14): one line saying what is wrong, the closest command or
 * option when a word is misspelled (`chek`, `--fromat`), and the synopsis of the command.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            String value = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            boolean option = word.startsWith("-");
            List<String> candidates = new ArrayList<>(option ? cl.getCommandSpec().optionsMap().keySet() : cl.getSubcommands().keySet());
            String near = Suggest.closest(value, candidates);
            if (near == null && !option) near = prefixMatch(value, candidates);
            err.println("metaspin: unknown " + (option ? "option" : cl.getSubcommands().isEmpty() ? "argument" : "command")
                    + " `" + word + "`" + (near == null ? "" : "; did you mean `" + near + "`?"));
        } else {
            err.println("metaspin: " + ex.getMessage());
        }
        err.println(synopsis(cl).stripTrailing());
        String name = cl.getCommandSpec().qualifiedName(" ");
        err.println("Run `" + (name.equals("metaspin") ? "metaspin help" : "metaspin help " + cl.getCommandName()) + "` for more.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String prefixMatch(String word, List<String> candidates) {
        for (String c : candidates) if (word.length() >= 2 && c.startsWith(word)) return c;
        return null;
    }

    private static String synopsis(CommandLine cl) {
        return "Usage: " + cl.getHelp().synopsis(0);
    }
}
