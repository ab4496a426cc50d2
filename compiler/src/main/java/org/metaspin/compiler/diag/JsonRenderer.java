package org.metaspin.compiler.diag;

import org.metaspin.runtime.lang.Json;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code metaspin check --format json}: one JSON object per diagnostic, one per line
 * (JSON Lines), with the fields of LANGUAGE.md §14 in this order:
 * {@code code, severity, file, line, column, endLine, endColumn, message}, then {@code help}
 * when the diagnostic has one. {@code severity} is {@code "error"} or {@code "warning"}.
 * Lines and columns are 1-based; columns count code points, and {@code endLine}/{@code endColumn}
 * is the position just past the span (so a one-character span at column 9 ends at column 10),
 * the convention SARIF uses too. Output is ASCII; see {@link Json}.
 */
public final class JsonRenderer {

    /** One object, without a line terminator. */
    public String render(Diagnostic d) {
        Span s = d.span();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", d.code().name());
        o.put("severity", d.code().severity().word());
        o.put("file", s.file().path());
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
        o.put("message", d.message());
        if (d.help() != null && !d.help().isEmpty()) o.put("help", d.help());
        return Json.write(o, false);
    }

    /**
     * A failure of metaspin itself, in the shape of a diagnostic so that a consumer reading
     * the §14 fields needs nothing new: code {@code internal}, severity {@code error}, at 1:1.
     */
    public String render(InternalFailure f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", "internal");
        o.put("severity", "error");
        o.put("file", f.file());
        o.put("line", 1);
        o.put("column", 1);
        o.put("endLine", 1);
        o.put("endColumn", 1);
        o.put("message", f.message());
        return Json.write(o, false);
    }

    /** An input that could not be read, with code {@code unreadable}, so that a consumer never takes the report for clean. */
    public String render(UnreadableInput u) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", "unreadable");
        o.put("severity", "error");
        o.put("file", u.file());
        o.put("line", 1);
        o.put("column", 1);
        o.put("endLine", 1);
        o.put("endColumn", 1);
        o.put("message", u.message());
        return Json.write(o, false);
    }

    /** Every diagnostic, each on its own line ending with {@code \n}. */
    public String render(Collection<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) sb.append(render(d)).append('\n');
        return sb.toString();
    }
}
