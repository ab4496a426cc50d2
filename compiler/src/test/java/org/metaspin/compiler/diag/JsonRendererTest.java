package org.metaspin.compiler.diag;

import org.metaspin.runtime.lang.Json;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    final JsonRenderer json = new JsonRenderer();

    @Test
    void specExample() {
        Diagnostic d = Diagnostic.of(Code.E0202, TextRendererTest.span(TextRendererTest.BAD, "5 nm + 3 ns"), "cannot add `Length` and `Time`")
            .withLabel("`5 nm` is a Length, `3 ns` is a Time");
        assertEquals("{\"code\":\"E0202\",\"severity\":\"error\",\"file\":\"examples/bad.msp\",\"line\":4,\"column\":9,"
            + "\"endLine\":4,\"endColumn\":20,\"message\":\"cannot add `Length` and `Time`\"}", json.render(d));
    }

    @Test
    void helpAndWarning() {
        SourceFile f = new SourceFile("a.msp", "let x = 5 hm\nlet y = 1\n");
        Diagnostic d = Diagnostic.of(Code.W0001, new Span(f, 17, 18), "unused binding `y`").withHelp("remove it");
        assertEquals("{\"code\":\"W0001\",\"severity\":\"warning\",\"file\":\"a.msp\",\"line\":2,\"column\":5,"
            + "\"endLine\":2,\"endColumn\":6,\"message\":\"unused binding `y`\",\"help\":\"remove it\"}", json.render(d));
    }

    @Test
    void escaping() {
        SourceFile f = new SourceFile("dir\\wé \"q\".msp", "x");
        Diagnostic d = Diagnostic.of(Code.E0002, new Span(f, 0, 1), "a\"b\\c\nd\te\r\u0001\u001f\u007f é μ 𝛼 \u2028/");
        assertEquals("{\"code\":\"E0002\",\"severity\":\"error\",\"file\":\"dir\\\\w\\u00e9 \\\"q\\\".msp\",\"line\":1,\"column\":1,"
            + "\"endLine\":1,\"endColumn\":2,\"message\":\"a\\\"b\\\\c\\nd\\te\\r\\u0001\\u001f\\u007f \\u00e9 \\u03bc \\ud835\\udefc \\u2028/\"}",
            json.render(d));
        assertEquals("\"\\b\\f\"", Json.quote("\b\f"));
    }

    @Test
    void linesPerDiagnostic() {
        SourceFile f = new SourceFile("a.msp", "ab");
        Diagnostic a = Diagnostic.of(Code.E0101, new Span(f, 0, 1), "a");
        Diagnostic b = Diagnostic.of(Code.E0101, new Span(f, 1, 2), "b");
        String out = json.render(List.of(a, b));
        assertEquals(json.render(a) + "\n" + json.render(b) + "\n", out);
        assertEquals("", json.render(List.of()));
    }

    @Test
    void writerShapes() {
        assertEquals("{}", Json.write(Map.of(), true));
        assertEquals("[]", Json.write(List.of(), false));
        assertEquals("[1,true,null,2.5]", Json.write(java.util.Arrays.asList(1, true, null, 2.5), false));
        assertEquals("{\n  \"a\": [\n    1\n  ]\n}", Json.write(Map.of("a", List.of(1)), true));
        assertEquals("[null,null]", Json.write(List.of(Double.NaN, Double.POSITIVE_INFINITY), false), "JSON has no NaN");
        assertEquals("[0.5,2]", Json.write(new double[] {0.5, 2}, false));
        assertEquals("\"device D\"", Json.write(new Object() {
            @Override
            public String toString() { return "device D"; }
        }, false));
    }
}
