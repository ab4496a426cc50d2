package org.metaspin.compiler.diag;

import org.metaspin.runtime.lang.Json;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    final SarifRenderer sarif = new SarifRenderer("1.2.3");

    @Test
    void specExampleGolden() {
        Diagnostic d = Diagnostic.of(Code.E0202, TextRendererTest.span(TextRendererTest.BAD, "5 nm + 3 ns"), "cannot add `Length` and `Time`")
            .withLabel("`5 nm` is a Length, `3 ns` is a Time");
        String ex = Json.quote(Code.E0202.explanation());
        String full = Json.quote(SarifRenderer.firstParagraph(Code.E0202.explanation()));
        assertEquals("""
            {
              "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": {
                    "driver": {
                      "name": "metaspin",
                      "version": "1.2.3",
                      "rules": [
                        {
                          "id": "E0202",
                          "name": "DimensionMismatch",
                          "shortDescription": {
                            "text": "dimension mismatch"
                          },
                          "fullDescription": {
                            "text": %s
                          },
                          "help": {
                            "text": %s,
                            "markdown": %s
                          },
                          "defaultConfiguration": {
                            "level": "error"
                          }
                        }
                      ]
                    }
                  },
                  "columnKind": "unicodeCodePoints",
                  "results": [
                    {
                      "ruleId": "E0202",
                      "ruleIndex": 0,
                      "level": "error",
                      "message": {
                        "text": "cannot add `Length` and `Time`\\n`5 nm` is a Length, `3 ns` is a Time"
                      },
                      "locations": [
                        {
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "examples/bad.msp"
                            },
                            "region": {
                              "startLine": 4,
                              "startColumn": 9,
                              "endLine": 4,
                              "endColumn": 20
                            }
                          }
                        }
                      ],
                      "partialFingerprints": {
                        "lineHash/v1": "…"
                      },
                      "properties": {
                        "label": "`5 nm` is a Length, `3 ns` is a Time"
                      }
                    }
                  ]
                }
              ]
            }
            """.formatted(full, ex, ex), sarif.render(List.of(d)).replaceAll("\"lineHash/v1\": \"[0-9a-f]{32}:1\"", "\"lineHash/v1\": \"…\""));
    }

    @Test
    void rulesAreTheUsedCodesInOrderAndResultsPointAtThem() {
        SourceFile f = new SourceFile("a.msp", "let x = y\nlet x = 2\n");
        Diagnostic w = Diagnostic.of(Code.W0001, new Span(f, 4, 5), "unused binding `x`");
        Diagnostic e1 = Diagnostic.of(Code.E0102, new Span(f, 14, 15), "`x` is defined twice")
            .withNote(new Span(f, 4, 5), "first definition").withHelp("rename one");
        Diagnostic e2 = Diagnostic.of(Code.E0101, new Span(f, 8, 9), "undefined name `y`");
        String out = sarif.render(List.of(w, e1, e2, e2));
        int r101 = out.indexOf("\"id\": \"E0101\""), r102 = out.indexOf("\"id\": \"E0102\""), rw = out.indexOf("\"id\": \"W0001\"");
        assertTrue(r101 > 0 && r101 < r102 && r102 < rw, out);
        assertEquals(3, count(out, "\"id\": \"E0") + count(out, "\"id\": \"W0"), "each rule once");
        assertTrue(out.contains("\"ruleId\": \"W0001\",\n          \"ruleIndex\": 2,\n          \"level\": \"warning\""), out);
        assertTrue(out.contains("\"ruleId\": \"E0102\",\n          \"ruleIndex\": 1,\n          \"level\": \"error\""), out);
        assertTrue(squash(out).contains(squash("""
                      "relatedLocations": [
                        {
                          "id": 0,
                          "physicalLocation": {
                            "artifactLocation": {
                              "uri": "a.msp"
                            },
                            "region": {
                              "startLine": 1,
                              "startColumn": 5,
                              "endLine": 1,
                              "endColumn": 6
                            }
                          },
                          "message": {
                            "text": "first definition"
                          }
                        }
                      ],
                      "partialFingerprints\"""")), out);
        assertTrue(out.contains("\"text\": \"`x` is defined twice\\nhelp: rename one\""), out);
        assertEquals(4, count(out, "\"ruleId\""));
    }

    @Test
    void emptyLogIsStillValid() {
        String out = sarif.render(List.of());
        assertTrue(out.contains("\"rules\": []") && out.contains("\"results\": []"), out);
        assertTrue(out.endsWith("}\n"));
    }

    @Test
    void uris() {
        assertEquals("examples/bad.msp", SarifRenderer.uri("examples/bad.msp"));
        assertEquals("lab/my%20devices.msp", SarifRenderer.uri("lab\\my devices.msp"));
        assertEquals("file:///C:/x/a.msp", SarifRenderer.uri("C:\\x\\a.msp"));
        assertEquals("file:///home/u/a.msp", SarifRenderer.uri("/home/u/a.msp"));
        assertEquals("caf%C3%A9/%23a%3Fb.msp", SarifRenderer.uri("café/#a?b.msp"));
        assertEquals("ab%3Ac.msp", SarifRenderer.uri("ab:c.msp"), "a colon in a relative path would read as a scheme");
    }

    @Test
    void defaultVersion() {
        assertTrue(new SarifRenderer().render(List.of()).contains("\"version\": \"dev\""));
    }

    /** Leading blanks dropped, so a fragment can be compared whatever its nesting depth. */
    private static String squash(String s) {
        return s.replaceAll("(?m)^ +", "");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
