package org.metaspin.compiler.diag;

import org.metaspin.runtime.lang.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code metaspin check --format sarif}: one SARIF 2.1.0 log with one run, made for code
 * scanning in CI.
 * <ul>
 * <li>{@code tool.driver.rules} lists the codes that occur, in code order: the title as
 *     {@code shortDescription}, the first paragraph of the {@code metaspin explain} text as
 *     {@code fullDescription}, the whole explanation as {@code help} (text and Markdown), and
 *     a {@code helpUri} into the documentation of the codes; results point at their rule by
 *     {@code ruleId} and {@code ruleIndex}.</li>
 * <li>{@code level} is {@code error} or {@code warning}. The message text is the diagnostic's
 *     message, then the label under its carets and its help on lines of their own (viewers show
 *     only the message); label and help are also in the property bag; notes become
 *     {@code relatedLocations} whose message is the note's label.</li>
 * <li>With a root folder, paths are relative to it with {@code uriBaseId %SRCROOT%}, which
 *     {@code originalUriBaseIds} maps to the root's absolute {@code file:} URI; files outside
 *     the root get absolute {@code file:} URIs. Without one, paths stay as the user named them.
 *     A path is a URI reference: {@code \} becomes {@code /}, characters outside the URI path
 *     set are %-encoded in UTF-8, and absolute paths become {@code file:} URIs.</li>
 * <li>{@code partialFingerprints} {@code lineHash/v1}: SHA-256 of the rule, the file, the
 *     text of the primary span's line with blanks removed, and how many equal results came
 *     before in the file, so that a finding keeps its identity when lines move above it.</li>
 * <li>The run declares {@code columnKind: unicodeCodePoints}, which is how
 *     {@link SourceFile#column} counts; {@code endColumn} is exclusive as SARIF requires.</li>
 * <li>Failures of metaspin and inputs that could not be read are tool execution
 *     notifications of the run's invocation, which then reports {@code executionSuccessful:
 *     false}.</li>
 * </ul>
 */
public final class SarifRenderer {
    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";

    private final String version;
    private final Path root;
    private final String helpBase;

    /**
     * {@code version} is the tool version reported in {@code tool.driver.version}; {@code root},
     * when not null, the absolute folder paths are made relative to; {@code helpBase}, when not
     * null, the URL of the codes' documentation, to which {@code #e0202} is appended.
     */
    public SarifRenderer(String version, Path root, String helpBase) {
        this.version = version;
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.helpBase = helpBase;
    }

    /** Paths as the user named them, no help URI. */
    public SarifRenderer(String version) { this(version, null, null); }

    /** With the version from the jar manifest, or {@code "dev"} when run from classes. */
    public SarifRenderer() {
        this(versionOrDev(SarifRenderer.class.getPackage().getImplementationVersion()));
    }

    private static String versionOrDev(String v) { return v == null || v.isBlank() ? "dev" : v; }

    /** The whole log, pretty-printed, ending with a newline. */
    public String render(Collection<Diagnostic> ds) {
        return render(ds, List.of(), List.of());
    }

    public String render(Collection<Diagnostic> ds, List<InternalFailure> failures) {
        return render(ds, failures, List.of());
    }

    /** The log with failures of metaspin itself and unreadable inputs as notifications (SARIF §3.20.21). */
    public String render(Collection<Diagnostic> ds, List<InternalFailure> failures, List<UnreadableInput> unreadable) {
        List<Code> used = new ArrayList<>();
        for (Diagnostic d : ds) if (!used.contains(d.code())) used.add(d.code());
        used.sort(null);

        List<Object> rules = new ArrayList<>();
        for (Code c : used) rules.add(rule(c));

        List<Object> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Diagnostic d : ds) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", d.code().name());
            r.put("ruleIndex", used.indexOf(d.code()));
            r.put("level", level(d.code()));
            r.put("message", Map.of("text", messageText(d)));
            r.put("locations", List.of(location(d.span(), null, -1)));
            if (!d.notes().isEmpty()) {
                List<Object> rel = new ArrayList<>();
                int id = 0;
                for (Diagnostic.Note n : d.notes()) if (n.span() != null) rel.add(location(n.span(), n.label(), id++));
                if (!rel.isEmpty()) r.put("relatedLocations", rel);
            }
            r.put("partialFingerprints", Map.of("lineHash/v1", fingerprint(d, seen)));
            Map<String, Object> props = new LinkedHashMap<>();
            if (d.label() != null && !d.label().isEmpty()) props.put("label", d.label());
            if (d.help() != null && !d.help().isEmpty()) props.put("help", d.help());
            if (!props.isEmpty()) r.put("properties", props);
            results.add(r);
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "metaspin");
        driver.put("version", version);
        if (helpBase != null) driver.put("informationUri", helpBase);
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        if (root != null) run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", directoryUri(root))));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        List<Object> notes = new ArrayList<>();
        for (UnreadableInput u : unreadable) notes.add(notification("unreadable-input", u.file(), u.message()));
        for (InternalFailure f : failures) notes.add(notification("internal", f.file(), f.message()));
        if (!notes.isEmpty()) {
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

    private Map<String, Object> rule(Code c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", c.name());
        r.put("name", name(c));
        r.put("shortDescription", Map.of("text", c.title));
        String ex = c.explanation();
        r.put("fullDescription", Map.of("text", firstParagraph(ex)));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", ex);
        help.put("markdown", ex);
        r.put("help", help);
        if (helpBase != null) r.put("helpUri", helpBase + "#" + c.name().toLowerCase(java.util.Locale.ROOT));
        r.put("defaultConfiguration", Map.of("level", level(c)));
        return r;
    }

    /** A rule's name in the PascalCase SARIF suggests: `DimensionMismatch`. */
    private static String name(Code c) {
        StringBuilder sb = new StringBuilder();
        for (String w : c.title.replaceAll("[^A-Za-z0-9 ]", " ").trim().split(" +")) {
            if (!w.isEmpty()) sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    /** The paragraph after the explanation's title line: what the code means. */
    static String firstParagraph(String explanation) {
        String[] paras = explanation.strip().split("\n\\s*\n");
        String p = paras.length > 1 ? paras[1] : paras[0];
        return p.replaceAll("\\s*\n\\s*", " ").strip();
    }

    private static String messageText(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.message());
        if (d.label() != null && !d.label().isEmpty()) sb.append("\n").append(d.label());
        if (d.help() != null && !d.help().isEmpty()) sb.append("\nhelp: ").append(d.help());
        return sb.toString();
    }

    private String fingerprint(Diagnostic d, Map<String, Integer> seen) {
        Span s = d.span();
        String line = s.file().lineText(s.line()).replaceAll("\\s+", "");
        String key = d.code().name() + "\n" + artifactUri(s.file().path()) + "\n" + line;
        int n = seen.merge(key, 1, Integer::sum);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((key + "\n" + n).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16) + ":" + n;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> notification(String id, String file, String message) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("level", "error");
        n.put("message", Map.of("text", message));
        n.put("descriptor", Map.of("id", id));
        n.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifactLocation(file)))));
        return n;
    }

    private static String level(Code c) { return c.severity() == Code.Severity.ERROR ? "error" : "warning"; }

    private Map<String, Object> location(Span s, String label, int id) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.endLine());
        region.put("endColumn", s.endColumn());
        Map<String, Object> phys = new LinkedHashMap<>();
        phys.put("artifactLocation", artifactLocation(s.file().path()));
        phys.put("region", region);
        Map<String, Object> loc = new LinkedHashMap<>();
        if (id >= 0) loc.put("id", id);
        loc.put("physicalLocation", phys);
        if (label != null && !label.isEmpty()) loc.put("message", Map.of("text", label));
        return loc;
    }

    /** A path as the compiler shows it (relative to the working directory, or absolute) as an artifact location. */
    private Map<String, Object> artifactLocation(String path) {
        Map<String, Object> a = new LinkedHashMap<>();
        String rel = relativeToRoot(path);
        if (rel != null) {
            a.put("uri", uri(rel));
            a.put("uriBaseId", SRCROOT);
        } else {
            a.put("uri", root == null ? uri(path) : Path.of(path).toAbsolutePath().normalize().toUri().toString());
        }
        return a;
    }

    private String artifactUri(String path) {
        String rel = relativeToRoot(path);
        return rel != null ? rel : path;
    }

    /** The path relative to the root with `/` separators, or null without a root or outside it. */
    private String relativeToRoot(String path) {
        if (root == null) return null;
        try {
            Path abs = Path.of(path).toAbsolutePath().normalize();
            if (!abs.startsWith(root) || abs.equals(root)) return null;
            return root.relativize(abs).toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String directoryUri(Path dir) {
        String u = dir.toUri().toString();
        return u.endsWith("/") ? u : u + "/";
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
