package org.metaspin.compiler.diag;

import org.metaspin.runtime.lang.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code metaspin check --format sarif}: one SARIF 2.1.0 log with one run.
 * <ul>
 * <li>{@code tool.driver.rules} lists the codes that occur, in code order, each with its title
 *     as {@code shortDescription} and the {@code metaspin explain} text as {@code help}
 *     (plain text and Markdown); results point at their rule by {@code ruleId} and
 *     {@code ruleIndex}.</li>
 * <li>{@code level} is {@code error} or {@code warning}. The message is the diagnostic's
 *     message; the primary label and the help go into the result's property bag
 *     ({@code label}, {@code help}); notes become {@code relatedLocations} whose message is
 *     the note's label.</li>
 * <li>The run declares {@code columnKind: unicodeCodePoints}, which is how
 *     {@link SourceFile#column} counts; {@code endColumn} is exclusive as SARIF requires.</li>
 * <li>{@code artifactLocation.uri} is the path as the user named it, as a URI reference:
 *     {@code \\} becomes {@code /}, characters outside the URI path set are %-encoded in UTF-8,
 *     and absolute paths become {@code file:} URIs.</li>
 * </ul>
 */
public final class SarifRenderer {
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final String version;

    /** {@code version} is the tool version reported in {@code tool.driver.version}. */
    public SarifRenderer(String version) { this.version = version; }

    /** With the version from the jar manifest, or {@code "dev"} when run from classes. */
    public SarifRenderer() {
        this(versionOrDev(SarifRenderer.class.getPackage().getImplementationVersion()));
    }

    private static String versionOrDev(String v) { return v == null || v.isBlank() ? "dev" : v; }

    /** The whole log, pretty-printed, ending with a newline. */
    public String render(Collection<Diagnostic> ds) {
        return render(ds, List.of());
    }

    /**
     * The log with failures of metaspin itself as {@code toolExecutionNotifications} of the
     * run's invocation (SARIF §3.20.21), which then reports {@code executionSuccessful: false}.
     */
    public String render(Collection<Diagnostic> ds, List<InternalFailure> failures) {
        List<Code> used = new ArrayList<>();
        for (Diagnostic d : ds) if (!used.contains(d.code())) used.add(d.code());
        used.sort(null);

        List<Object> rules = new ArrayList<>();
        for (Code c : used) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", c.name());
            r.put("shortDescription", Map.of("text", c.title));
            String ex = c.explanation();
            Map<String, Object> help = new LinkedHashMap<>();
            help.put("text", ex);
            help.put("markdown", ex);
            r.put("help", help);
            r.put("defaultConfiguration", Map.of("level", level(c)));
            rules.add(r);
        }

        List<Object> results = new ArrayList<>();
        for (Diagnostic d : ds) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", d.code().name());
            r.put("ruleIndex", used.indexOf(d.code()));
            r.put("level", level(d.code()));
            r.put("message", Map.of("text", d.message()));
            r.put("locations", List.of(location(d.span(), null, -1)));
            if (!d.notes().isEmpty()) {
                List<Object> rel = new ArrayList<>();
                int id = 0;
                for (Diagnostic.Note n : d.notes()) if (n.span() != null) rel.add(location(n.span(), n.label(), id++));
                if (!rel.isEmpty()) r.put("relatedLocations", rel);
            }
            Map<String, Object> props = new LinkedHashMap<>();
            if (d.label() != null && !d.label().isEmpty()) props.put("label", d.label());
            if (d.help() != null && !d.help().isEmpty()) props.put("help", d.help());
            if (!props.isEmpty()) r.put("properties", props);
            results.add(r);
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "metaspin");
        driver.put("version", version);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        if (!failures.isEmpty()) {
            List<Object> notes = new ArrayList<>();
            for (InternalFailure f : failures) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("level", "error");
                n.put("message", Map.of("text", f.message()));
                n.put("descriptor", Map.of("id", "internal"));
                n.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(f.file()))))));
                notes.add(n);
            }
            Map<String, Object> invocation = new LinkedHashMap<>();
            invocation.put("executionSuccessful", false);
            invocation.put("toolExecutionNotifications", notes);
            run.put("invocations", List.of(invocation));
        }
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.write(log, true) + "\n";
    }

    private static String level(Code c) { return c.severity() == Code.Severity.ERROR ? "error" : "warning"; }

    private static Map<String, Object> location(Span s, String label, int id) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.endLine());
        region.put("endColumn", s.endColumn());
        Map<String, Object> phys = new LinkedHashMap<>();
        phys.put("artifactLocation", Map.of("uri", uri(s.file().path())));
        phys.put("region", region);
        Map<String, Object> loc = new LinkedHashMap<>();
        if (id >= 0) loc.put("id", id);
        loc.put("physicalLocation", phys);
        if (label != null && !label.isEmpty()) loc.put("message", Map.of("text", label));
        return loc;
    }

    static String uri(String path) {
        String p = path.replace('\\', '/');
        String prefix = "";
        if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':') {
            prefix = "file:///";
        } else if (p.startsWith("/")) {
            prefix = "file://";
        }
        StringBuilder sb = new StringBuilder(prefix);
        byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                || "-._~/".indexOf(b) >= 0 || (b == ':' && !prefix.isEmpty() && i == 1);
            if (keep) sb.append((char) b);
            else sb.append('%').append(String.format("%02X", b));
        }
        return sb.toString();
    }
}
