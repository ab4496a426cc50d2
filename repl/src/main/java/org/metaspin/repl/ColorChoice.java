package org.metaspin.repl;

import java.util.Locale;
import java.util.Map;

/**
 * `--color auto|always|never` (§13), for the command line and the shell alike. {@code auto}
 * colours only on a terminal, and never when the environment sets {@code NO_COLOR} to a
 * non-empty value (no-color.org) or {@code TERM=dumb}.
 */
public enum ColorChoice {
    AUTO, ALWAYS, NEVER;

    public static ColorChoice parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether to colour, given whether the output is a terminal and the environment. */
    public boolean colors(boolean terminal, Map<String, String> env) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
    }

    private static boolean isEmpty(String s) { return s == null || s.isEmpty(); }
}
