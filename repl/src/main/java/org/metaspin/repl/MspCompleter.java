package org.metaspin.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.metaspin.compiler.CompletionWords;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.units.UnitTable;

/**
 * Tab completion: commands after `:`, file names after `:load`, codes after `:explain`,
 * members after `.` (a value's properties, derived ones too), unit symbols after a number,
 * and otherwise keywords, declaration kinds, names in scope, builtins and constants.
 */
final class MspCompleter implements Completer {
    private final InputEvaluator eval;

    MspCompleter(InputEvaluator eval) {
        this.eval = eval;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(candidates(line.line().substring(0, line.cursor())));
    }

    /** The candidates for the text before the cursor (the tests call this directly). */
    List<Candidate> candidates(String before) {
        List<Candidate> out = new ArrayList<>();
        String word = before.substring(MspParser.wordStart(before));
        if (before.startsWith(":")) {
            int sp = -1;
            for (int i = 0; i < before.length(); i++) if (Character.isWhitespace(before.charAt(i))) { sp = i; break; }
            if (sp < 0) {
                for (String[] c : Shell.COMMANDS) out.add(new Candidate(c[0], c[0], "commands", c[2], null, null, true));
                return out;
            }
            List<String> cmd = Shell.commandsStartingWith(before.substring(0, sp));
            String name = cmd.size() == 1 ? cmd.get(0) : "";
            switch (name) {
                case ":load" -> files(word, out);
                case ":explain" -> {
                    for (Code c : Code.values()) out.add(plain(c.name(), "codes"));
                    for (RuntimeFailure.Code c : RuntimeFailure.Code.values()) out.add(plain(c.name(), "codes"));
                }
                case ":type", ":doc" -> code(before.substring(sp), word, out, name.equals(":doc"));
                default -> { }
            }
            return out;
        }
        code(before, word, out, false);
        return out;
    }

    private void code(String before, String word, List<Candidate> out, boolean doc) {
        int start = before.length() - word.length();
        RuntimeLibrary lib = eval.library();
        if (start > 0 && before.charAt(start - 1) == '.') {
            int s = start - 1;
            while (s > 0) {
                int cp = before.codePointBefore(s);
                if (!Character.isLetterOrDigit(cp) && cp != '_' && cp != '.') break;
                s -= Character.charCount(cp);
            }
            String path = before.substring(s, start - 1);
            Map<String, Symbol> exports = eval.exportsOfPath(path);
            if (exports != null) {
                for (Map.Entry<String, Symbol> e : exports.entrySet()) {
                    Type et = eval.typeOf(e.getValue());
                    out.add(new Candidate(e.getKey(), e.getKey(), "module " + path, et == null ? null : et.show(), null, null, true));
                }
                return;
            }
            Type t = eval.typeOfPath(path);
            Class<?> c = t instanceof Type.Domain d ? d.javaClass() : null;
            if (c == null && doc) c = lib.kind(path) != null ? lib.kind(path) : lib.type(path);
            if (c != null) {
                for (RuntimeLibrary.PropInfo p : lib.props(c).values()) {
                    out.add(new Candidate(p.name(), p.name(), "properties", p.type().show() + (p.prop().derived() ? " (derived)" : ""),
                            null, null, true));
                }
            }
            return;
        }
        if (CompletionWords.AFTER_NUMBER.matcher(before.substring(0, start)).find() && !doc) {
            if (word.isEmpty()) for (String u : CompletionWords.COMMON_UNITS) out.add(plain(u, "units"));
            else for (String u : UnitTable.symbols()) out.add(plain(u, "units"));
            return;
        }
        for (String k : CompletionWords.KEYWORDS) out.add(plain(k, "keywords"));
        for (String k : lib.kindNames()) out.add(plain(k, "kinds"));
        for (Map.Entry<String, Symbol> e : eval.scope().entrySet()) {
            Type t = eval.typeOf(e.getValue());
            out.add(new Candidate(e.getKey(), e.getKey(), "names", t == null ? null : t.show(), null, null, true));
        }
        for (String b : lib.allBuiltins().keySet()) out.add(plain(b, "builtins"));
        for (Intrinsic i : Intrinsic.values()) out.add(plain(i.id, "builtins"));
        for (Map.Entry<String, BuiltinConst> e : lib.constants().entrySet()) {
            out.add(new Candidate(e.getKey(), e.getKey(), "constants", e.getValue().type().show(), null, null, true));
        }
        for (String t : lib.types().keySet()) out.add(plain(t, "types"));
        for (String t : CompletionWords.TYPES) out.add(plain(t, "types"));
    }

    private static Candidate plain(String v, String group) {
        return new Candidate(v, v, group, null, null, null, true);
    }

    private static void files(String word, List<Candidate> out) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash >= 0 ? word.substring(0, slash + 1) : "";
        String prefix = slash >= 0 ? word.substring(slash + 1) : word;
        String dirName = dirPart.startsWith("~/") ? System.getProperty("user.home") + dirPart.substring(1) : dirPart;
        Path dir = Path.of(dirName.isEmpty() ? "." : dirName);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || (n.startsWith(".") && !prefix.startsWith("."))) continue;
                boolean isDir = Files.isDirectory(p);
                if (!isDir && !n.endsWith(".msp")) continue;
                out.add(new Candidate(dirPart + n + (isDir ? "/" : ""), n + (isDir ? "/" : ""), "files", null, null, null, !isDir));
            }
        } catch (IOException | RuntimeException e) {
            // no completion for an unreadable folder
        }
    }
}
