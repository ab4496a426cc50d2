package org.metaspin.cli;

import org.metaspin.repl.ColorChoice;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command takes (§13), before or after the command's name: `-q` and `--color`. */
final class CommonOptions {
    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT, description = "no progress or notes on standard error")
    void quiet(boolean q) {
        // the runtime reports progress of runs; it reads this switch
        if (q) System.setProperty("metaspin.quiet", "true");
        else System.clearProperty("metaspin.quiet");
    }

    @Option(names = "--color", scope = CommandLine.ScopeType.INHERIT, paramLabel = "WHEN", converter = ColorConverter.class,
            description = "auto (default: only on a terminal, never with NO_COLOR set), always or never")
    ColorChoice color = ColorChoice.AUTO;

    /** Whether diagnostics are coloured: `auto` colours when metaspin runs on a terminal. */
    boolean colors() {
        return color.colors(System.console() != null, System.getenv());
    }

    static final class ColorConverter implements picocli.CommandLine.ITypeConverter<ColorChoice> {
        @Override
        public ColorChoice convert(String value) {
            try {
                return ColorChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("`" + value + "` is not auto, always or never");
            }
        }
    }
}
