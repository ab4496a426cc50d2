package org.metaspin.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The JLine parser: an input that leaves a bracket, a block or a comment open, or ends with
 * an operator, is not finished ({@link EOFError}: JLine then shows the `...> ` prompt); and
 * the word under the cursor for completion is an identifier, a `:command`, or the file
 * name after `:load`.
 */
final class MspParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT) {
            String missing = Source.missing(line);
            if (missing != null) throw new EOFError(-1, -1, "missing " + missing, missing);
        }
        return new Line(line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) { return false; }

    /** Where the completion word starts for the text before the cursor. */
    static int wordStart(String before) {
        if (before.startsWith(":")) {
            int sp = -1;
            for (int i = 0; i < before.length(); i++) if (Character.isWhitespace(before.charAt(i))) { sp = i; break; }
            if (sp < 0) return 0;
            List<String> cmd = Shell.commandsStartingWith(before.substring(0, sp));
            if (cmd.size() == 1 && cmd.get(0).equals(":load")) {
                int s = sp;
                while (s < before.length() && Character.isWhitespace(before.charAt(s))) s++;
                return s;
            }
        }
        int s = before.length();
        while (s > 0) {
            int cp = before.codePointBefore(s);
            if (!Character.isLetterOrDigit(cp) && cp != '_') break;
            s -= Character.charCount(cp);
        }
        // a name cannot start with a digit: in `5nm` or `f(2` the word starts after the digits
        while (s < before.length() && Character.isDigit(before.charAt(s))) s++;
        return s;
    }

    static final class Line implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final String word;

        Line(String line, int cursor) {
            this.line = line;
            this.cursor = Math.max(0, Math.min(cursor, line.length()));
            String before = line.substring(0, this.cursor);
            this.word = before.substring(wordStart(before));
        }

        @Override public String word() { return word; }

        @Override public int wordCursor() { return word.length(); }

        @Override public int wordIndex() { return 0; }

        @Override public List<String> words() { return List.of(word); }

        @Override public String line() { return line; }

        @Override public int cursor() { return cursor; }

        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }

        @Override public int rawWordCursor() { return word.length(); }

        @Override public int rawWordLength() { return word.length(); }
    }
}
