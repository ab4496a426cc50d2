package org.metaspin.lsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;
import org.metaspin.compiler.CompletionWords;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.BuiltinConst;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.units.UnitTable;

/**
 * Completion, with the REPL's knowledge (§13): members after `.` (a module's names, a
 * value's properties, derived ones too), units after a number, the parameters of the call
 * the cursor is in as `name = `, and otherwise keywords, declaration kinds, names in scope,
 * builtins, constants and types. Reads the newest analysis that parsed and the current text;
 * never waits for a check.
 */
final class Completions {
    private static final Pattern MEMBER = Pattern.compile("([\\p{L}_][\\p{L}\\p{Nd}_]*(?:\\.[\\p{L}_][\\p{L}\\p{Nd}_]*)*)\\.([\\p{L}_][\\p{L}\\p{Nd}_]*)?$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}_%Ω][\\p{L}\\p{Nd}_]*$");
    private final RuntimeLibrary lib = RuntimeLibrary.get();

    CompletionList complete(Documents.Doc d, Position pos) {
        String text = d.text;
        int offset = new Positions(text).offset(pos);
        String before = text.substring(0, offset);
        Analysis a = d.parsed;
        Map<String, CompletionItem> out = new LinkedHashMap<>();
        Matcher member = MEMBER.matcher(before);
        if (member.find() && !before.substring(0, member.start()).matches("(?s).*\\d\\s*$")) {
            if (a != null) members(new Names(a).resolve(member.group(1), offset), out);
            return new CompletionList(false, new ArrayList<>(out.values()));
        }
        Matcher word = WORD.matcher(before);
        String prefix = word.find() ? word.group() : "";
        if (CompletionWords.AFTER_NUMBER.matcher(before.substring(0, before.length() - prefix.length())).find()) {
            for (String u : prefix.isEmpty() ? CompletionWords.COMMON_UNITS : UnitTable.symbols()) add(out, u, CompletionItemKind.Unit, "unit");
            if (!prefix.isEmpty()) {
                // `n` may begin `nm` or `ns`: the symbols with the typed first letter as their prefix (§2.1)
                for (String u : UnitTable.symbols()) {
                    String withPrefix = prefix.charAt(0) + u;
                    if (UnitTable.isUnitSymbol(withPrefix)) add(out, withPrefix, CompletionItemKind.Unit, "unit");
                }
            }
            return new CompletionList(false, new ArrayList<>(out.values()));
        }
        CallContext call = CallContext.at(text, offset);
        if (call != null && call.atArgumentStart()) {
            for (String p : Signatures.parameterNames(a, call, offset)) {
                CompletionItem item = add(out, p + " =", CompletionItemKind.Field, "argument of " + call.simpleName());
                item.setInsertText(p + " = ");
                item.setFilterText(p);
                item.setSortText("0" + p);
            }
        }
        for (String k : CompletionWords.KEYWORDS) add(out, k, CompletionItemKind.Keyword, "keyword");
        for (String k : lib.kindNames()) add(out, k, CompletionItemKind.Class, "declaration kind");
        if (a != null) {
            for (Map.Entry<String, Symbol> e : new Names(a).at(offset).entrySet()) {
                Type t = Names.typeOf(e.getValue());
                add(out, e.getKey(), kindOf(e.getValue()), t == null ? null : t.show());
            }
        }
        for (String b : lib.allBuiltins().keySet()) add(out, b, CompletionItemKind.Function, Hovers.signatureOf(lib, b));
        for (Intrinsic i : Intrinsic.values()) add(out, i.id, CompletionItemKind.Function, "builtin");
        for (Map.Entry<String, BuiltinConst> e : lib.constants().entrySet()) {
            add(out, e.getKey(), CompletionItemKind.Constant, e.getValue().type().show());
        }
        for (String t : lib.types().keySet()) add(out, t, CompletionItemKind.Interface, "type");
        for (String t : CompletionWords.TYPES) add(out, t, CompletionItemKind.Interface, "type");
        return new CompletionList(false, new ArrayList<>(out.values()));
    }

    private void members(Object target, Map<String, CompletionItem> out) {
        if (target instanceof Attribution m) {
            for (Map.Entry<String, Symbol> e : m.exports.entrySet()) {
                Type t = Names.typeOf(e.getValue());
                add(out, e.getKey(), kindOf(e.getValue()), t == null ? "module " + m.module.name() : t.show());
            }
        } else if (target instanceof Type.Domain t) {
            for (RuntimeLibrary.PropInfo p : lib.props(t.javaClass()).values()) {
                add(out, p.name(), CompletionItemKind.Property, p.type().show() + (p.prop().derived() ? " (derived)" : ""));
            }
        }
    }

    private static CompletionItemKind kindOf(Symbol s) {
        if (s instanceof Symbol.Function || s instanceof Symbol.Builtins || s instanceof Symbol.Intrinsic) return CompletionItemKind.Function;
        if (s instanceof Symbol.Protocol) return CompletionItemKind.Event;
        if (s instanceof Symbol.KindDecl) return CompletionItemKind.Struct;
        if (s instanceof Symbol.ModuleName) return CompletionItemKind.Module;
        if (s instanceof Symbol.Constant) return CompletionItemKind.Constant;
        return CompletionItemKind.Variable;
    }

    private static CompletionItem add(Map<String, CompletionItem> out, String label, CompletionItemKind kind, String detail) {
        return out.computeIfAbsent(label, l -> {
            CompletionItem item = new CompletionItem(l);
            item.setKind(kind);
            if (detail != null) item.setDetail(detail);
            return item;
        });
    }
}
