package org.metaspin.lsp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The call the cursor stands in, read from the text (a half-typed call does not parse):
 * the callee's name, which argument the cursor is in, and that argument's name if it is
 * written `name = …`.
 */
record CallContext(String callee, int argument, String argumentName, boolean atArgumentStart) {
    private static final Pattern CALLEE = Pattern.compile("([\\p{L}_][\\p{L}\\p{Nd}_]*(?:\\.[\\p{L}_][\\p{L}\\p{Nd}_]*)*)\\s*$");
    private static final Pattern NAMED = Pattern.compile("^\\s*([\\p{L}_][\\p{L}\\p{Nd}_]*)\\s*=(?!=)");
    private static final Pattern START = Pattern.compile("^\\s*[\\p{L}_]?[\\p{L}\\p{Nd}_]*$");

    /** The innermost unclosed call before {@code offset}, or null when the cursor is not inside one. */
    static CallContext at(String text, int offset) {
        int depth = 0;
        int commas = 0;
        int lastComma = offset;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && depth == 0 && i > 0 && blankLineAbove(text, i)) return null;
            if (c == ')' || c == ']' || c == '}') depth++;
            else if (c == '[' || c == '{') {
                if (depth == 0) return null;
                depth--;
            } else if (c == '(') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                Matcher m = CALLEE.matcher(text.substring(Math.max(0, i - 200), i));
                if (!m.find()) return null;
                String name = m.group(1);
                String current = text.substring(commas == 0 ? i + 1 : lastComma + 1, offset);
                Matcher named = NAMED.matcher(current);
                return new CallContext(name, commas, named.find() ? named.group(1) : null, START.matcher(current).matches());
            } else if (c == ',' && depth == 0) {
                if (commas == 0) lastComma = i;
                commas++;
            }
        }
        return null;
    }

    /** A call does not reach across an empty line: the text above it is another statement. */
    private static boolean blankLineAbove(String text, int nl) {
        int j = nl - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j--;
        return j >= 0 && text.charAt(j) == '\n';
    }

    /** The last part of a dotted callee: `std.materials.CoFeB` calls `CoFeB`. */
    String simpleName() {
        return callee.substring(callee.lastIndexOf('.') + 1);
    }
}
