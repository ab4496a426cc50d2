package org.metaspin.repl;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.metaspin.compiler.parse.MalformedNumber;
import org.metaspin.grammar.MetaSpinLexer;
import org.metaspin.runtime.units.UnitTable;

/** Colours the input line: keywords, declaration kinds, numbers and their units, strings, comments, `:commands`. */
final class MspHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle KIND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle UNIT = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private static final Set<Integer> STRINGS = Set.of(MetaSpinLexer.STR_START, MetaSpinLexer.STR_TEXT, MetaSpinLexer.STR_ESCAPE,
            MetaSpinLexer.STR_BAD_ESCAPE, MetaSpinLexer.STR_END, MetaSpinLexer.STR_UNTERMINATED, MetaSpinLexer.INTERP_START,
            MetaSpinLexer.INTERP_END);

    private final Set<String> kinds;

    MspHighlighter(Set<String> kinds) {
        this.kinds = kinds;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    AttributedString highlight(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        int from = 0;
        if (buffer.startsWith(":")) {
            int sp = 0;
            while (sp < buffer.length() && !Character.isWhitespace(buffer.charAt(sp))) sp++;
            sb.styled(COMMAND, buffer.substring(0, sp));
            List<String> cmd = Shell.commandsStartingWith(buffer.substring(0, sp));
            if (cmd.size() != 1 || !(cmd.get(0).equals(":type") || cmd.get(0).equals(":doc"))) {
                sb.append(buffer.substring(sp));
                return sb.toAttributedString();
            }
            from = sp;
        }
        String text = buffer.substring(from);
        List<Token> ts = Source.tokens(text);
        boolean astral = text.codePoints().count() != text.length();
        int pos = 0;
        boolean unit = false; // inside the unit expression after a number
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            int start = offset(text, t.getStartIndex(), astral);
            int end = offset(text, t.getStopIndex() + 1, astral);
            if (start < pos || end < start) continue;
            sb.append(text.substring(pos, start));
            String s = text.substring(start, end);
            int type = t.getType();
            AttributedStyle style = null;
            if (type == MetaSpinLexer.WS) {
                sb.append(s);
                pos = end;
                continue;
            }
            String bad = type == MetaSpinLexer.NUMBER || type == MetaSpinLexer.BAD_NUMBER
                    ? MalformedNumber.withDot(t, i + 1 < ts.size() ? ts.get(i + 1) : null) : null;
            if (bad != null) {
                // `3.` and `1.2.`: a number and a `.` to the lexer, one malformed number to the checker
                int badEnd = t.getStartIndex() + bad.length();
                end = offset(text, badEnd, astral);
                sb.styled(ERROR, text.substring(start, end));
                pos = end;
                unit = false;
                while (i + 1 < ts.size() && ts.get(i + 1).getStartIndex() < badEnd && ts.get(i + 1).getType() != Token.EOF) i++;
                continue;
            }
            if (type >= MetaSpinLexer.IMPORT && type <= MetaSpinLexer.TO) {
                style = KEYWORD;
                unit = false;
            } else if (type == MetaSpinLexer.NUMBER) {
                style = NUMBER;
                unit = true;
            } else if (unit && type == MetaSpinLexer.IDENT && UnitTable.isUnitSymbol(s) && !callFollows(ts, i)) {
                style = UNIT;
            } else if (unit && (type == MetaSpinLexer.PERCENT)) {
                style = UNIT;
            } else if (unit && (type == MetaSpinLexer.SLASH || type == MetaSpinLexer.STAR || type == MetaSpinLexer.MIDDOT)
                    && nextIsUnit(ts, i)) {
                style = UNIT;
            } else if (unit && type == MetaSpinLexer.CARET) {
                style = UNIT;
            } else if (unit && type == MetaSpinLexer.MINUS && i > 0 && ts.get(i - 1).getType() == MetaSpinLexer.CARET) {
                style = UNIT;
            } else {
                unit = false;
                if (type == MetaSpinLexer.IDENT && kinds.contains(s) && nextIsIdent(ts, i)) style = KIND;
                else if (type == MetaSpinLexer.BAD_NUMBER || type == MetaSpinLexer.BAD_CHAR) style = ERROR;
                else if (STRINGS.contains(type)) style = STRING;
                else if (type == MetaSpinLexer.LINE_COMMENT || type == MetaSpinLexer.BLOCK_COMMENT
                        || type == MetaSpinLexer.DOC_COMMENT || type == MetaSpinLexer.UNTERMINATED_COMMENT) style = COMMENT;
            }
            if (style == NUMBER && i > 0 && ts.get(i - 1).getType() == MetaSpinLexer.CARET) style = unitExponent(ts, i) ? UNIT : NUMBER;
            if (style == null) sb.append(s); else sb.styled(style, s);
            pos = end;
        }
        sb.append(text.substring(Math.min(pos, text.length())));
        return sb.toAttributedString();
    }

    private static boolean unitExponent(List<Token> ts, int i) {
        for (int j = i - 1; j >= 0; j--) {
            int ty = ts.get(j).getType();
            if (ty == MetaSpinLexer.CARET || ty == MetaSpinLexer.MINUS || ty == MetaSpinLexer.WS) continue;
            return ty == MetaSpinLexer.IDENT && UnitTable.isUnitSymbol(ts.get(j).getText());
        }
        return false;
    }

    private static int offset(String text, int cp, boolean astral) {
        if (!astral) return Math.min(cp, text.length());
        try {
            return text.offsetByCodePoints(0, cp);
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private static Token next(List<Token> ts, int i) {
        for (int j = i + 1; j < ts.size(); j++) if (ts.get(j).getType() != MetaSpinLexer.WS) return ts.get(j);
        return null;
    }

    private static boolean callFollows(List<Token> ts, int i) {
        return i + 1 < ts.size() && ts.get(i + 1).getType() == MetaSpinLexer.LPAREN;
    }

    private static boolean nextIsUnit(List<Token> ts, int i) {
        Token n = next(ts, i);
        return n != null && n.getType() == MetaSpinLexer.IDENT && UnitTable.isUnitSymbol(n.getText());
    }

    private static boolean nextIsIdent(List<Token> ts, int i) {
        Token n = next(ts, i);
        return n != null && n.getType() == MetaSpinLexer.IDENT;
    }

    public void setErrorPattern(Pattern errorPattern) {}

    public void setErrorIndex(int errorIndex) {}
}
