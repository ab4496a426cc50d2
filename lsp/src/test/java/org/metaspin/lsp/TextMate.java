package org.metaspin.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small TextMate tokenizer, enough for MetaSpin's grammar: `match` rules, `begin`/`end`
 * regions with nested `patterns`, and `include` of repository rules. Line by line, the
 * earliest match wins (a region's end on a tie, then the first rule), as in TextMate. It
 * reports the characters no rule covers and the regions still open at the end.
 */
final class TextMate {
    private final JsonObject grammar;
    /** Compiled rules per pattern list (by identity): compiling regexes at every position would dominate. */
    private final java.util.Map<JsonArray, List<Rule>> compiled = new java.util.IdentityHashMap<>();

    /** What tokenizing a text found. */
    record Result(List<String> uncovered, int openRegions) {}

    /** A rule with no match left on the line. */
    private static final Matcher NONE = Pattern.compile("$^").matcher("");

    private record Rule(Pattern match, Pattern begin, Pattern end, JsonArray patterns) {}

    TextMate(JsonObject grammar) {
        this.grammar = grammar;
    }

    Result tokenize(String text) {
        List<String> uncovered = new ArrayList<>();
        Deque<Rule> open = new ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            int pos = 0;
            java.util.Map<Rule, Matcher> ahead = new java.util.IdentityHashMap<>();
            while (pos <= line.length()) {
                List<Rule> rules = rules(open.isEmpty() ? grammar.getAsJsonArray("patterns") : open.peek().patterns());
                Matcher best = null;
                Rule bestRule = null;
                if (!open.isEmpty()) {
                    Matcher m = open.peek().end().matcher(line);
                    if (m.find(pos)) best = m;
                }
                for (Rule r : rules) {
                    // a rule's next match from an earlier position is still its next match if it starts at or after pos
                    Matcher cached = ahead.get(r);
                    Matcher m;
                    if (cached == NONE) continue;
                    if (cached != null && cached.start() >= pos) {
                        m = cached;
                    } else {
                        m = (r.match() != null ? r.match() : r.begin()).matcher(line);
                        if (!m.find(pos)) {
                            ahead.put(r, NONE);
                            continue;
                        }
                        ahead.put(r, m);
                    }
                    if (best == null || m.start() < best.start()) {
                        best = m;
                        bestRule = r;
                    }
                }
                // inside a region, text no inner rule matches is the region's (a string's characters)
                List<String> gaps = open.isEmpty() ? uncovered : new ArrayList<>();
                if (best == null) {
                    gap(line, pos, line.length(), ln, gaps);
                    break;
                }
                gap(line, pos, best.start(), ln, gaps);
                if (bestRule == null) open.pop();
                else if (bestRule.begin() != null) open.push(bestRule);
                if (best.end() == best.start() && bestRule != null && bestRule.begin() == null) {
                    // an empty match would loop: the character is not covered
                    gap(line, pos, Math.min(line.length(), pos + 1), ln, gaps);
                    pos = best.end() + 1;
                } else {
                    pos = Math.max(best.end(), bestRule == null && best.end() == best.start() ? line.length() + 1 : best.end());
                }
                if (best.end() >= line.length() && bestRule != null && bestRule.begin() == null) break;
            }
        }
        return new Result(uncovered, open.size());
    }

    private static void gap(String line, int from, int to, int ln, List<String> out) {
        for (int i = from; i < to && i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                out.add((ln + 1) + ":" + (i + 1) + " `" + line.substring(i, Math.min(line.length(), to)).strip() + "`");
                return;
            }
        }
    }

    /** The rules of a pattern list with includes resolved. */
    private List<Rule> rules(JsonArray patterns) {
        List<Rule> known = compiled.get(patterns);
        if (known != null) return known;
        List<Rule> out = new ArrayList<>();
        compiled.put(patterns, out);
        for (JsonElement e : patterns) {
            JsonObject p = e.getAsJsonObject();
            if (p.has("include")) {
                String ref = p.get("include").getAsString();
                JsonObject target = grammar.getAsJsonObject("repository").getAsJsonObject(ref.substring(1));
                if (target.has("patterns") && !target.has("begin")) out.addAll(rules(target.getAsJsonArray("patterns")));
                else out.addAll(rules(one(target)));
            } else if (p.has("match")) {
                out.add(new Rule(Pattern.compile(p.get("match").getAsString()), null, null, null));
            } else if (p.has("begin")) {
                out.add(new Rule(null, Pattern.compile(p.get("begin").getAsString()), Pattern.compile(p.get("end").getAsString()),
                        p.has("patterns") ? p.getAsJsonArray("patterns") : new JsonArray()));
            }
        }
        return out;
    }

    private static JsonArray one(JsonObject o) {
        JsonArray a = new JsonArray();
        a.add(o);
        return a;
    }
}
