package org.metaspin.compiler.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.runtime.lang.Console;

/**
 * Every intrinsic is typed and emitted: the checker's switch over {@link Intrinsic} is a
 * switch expression (a missing entry does not compile); the generator's is a statement, so
 * this test calls each entry and checks what it prints. A new entry without a call here fails.
 */
class IntrinsicTest {
    private static final Map<Intrinsic, List<String>> CALLS = new EnumMap<>(Map.ofEntries(
            Map.entry(Intrinsic.ABS, List.of("abs(-3 nm)", "3 nm", "abs(-2)", "2")),
            Map.entry(Intrinsic.MIN, List.of("min(2 ns, 1 ns)", "1 ns", "min([4, 2, 7])", "2")),
            Map.entry(Intrinsic.MAX, List.of("max(2, 5)", "5", "max([1.5, 0.5])", "1.5")),
            Map.entry(Intrinsic.SQRT, List.of("sqrt(4 nm^2)", "2 nm")),
            Map.entry(Intrinsic.SIGN, List.of("sign(-2 A)", "-1")),
            Map.entry(Intrinsic.FLOOR, List.of("floor(2.7)", "2")),
            Map.entry(Intrinsic.CEIL, List.of("ceil(2.1)", "3")),
            Map.entry(Intrinsic.ROUND, List.of("round(2.5)", "3")),
            Map.entry(Intrinsic.DIV, List.of("div(-7, 2)", "-4")),
            Map.entry(Intrinsic.MOD, List.of("mod(-7, 3)", "2")),
            Map.entry(Intrinsic.LEN, List.of("len([1, 2, 3])", "3")),
            Map.entry(Intrinsic.SUM, List.of("sum([1, 2, 3])", "6")),
            Map.entry(Intrinsic.MEAN, List.of("mean([1, 2])", "1.5")),
            Map.entry(Intrinsic.RANGE, List.of("range(1, 4)", "[1, 2, 3]")),
            Map.entry(Intrinsic.LINSPACE, List.of("linspace(0 nm, 2 nm, 3)", /* §15: zero prints with the bare unit */ "[0 m, 1 nm, 2 nm]")),
            Map.entry(Intrinsic.GEOMSPACE, List.of("geomspace(1, 100, 3)", "[1, 10, 100]")),
            Map.entry(Intrinsic.MAP, List.of("map([1, 2], x => x * 2)", "[2, 4]")),
            Map.entry(Intrinsic.FILTER, List.of("filter([1, 2, 3], x => x > 1)", "[2, 3]"))));

    @Test
    void everyIntrinsicIsTypedAndEmitted() throws Throwable {
        assertEquals(List.of(Intrinsic.values()), List.copyOf(CALLS.keySet()), "a call for every intrinsic");
        StringBuilder src = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (List<String> pairs : CALLS.values()) {
            for (int i = 0; i < pairs.size(); i += 2) {
                src.append("print(").append(pairs.get(i)).append(")\n");
                expected.append(pairs.get(i + 1)).append('\n');
            }
        }
        Compiler.Result r = new Compiler(List.of()).compile(new SourceFile("intrinsics.msp", src.toString()));
        assertTrue(r.ok(), () -> r.diagnostics().sorted().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new Program(r).run();
        } finally {
            Console.redirect(null);
        }
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void namesAndArity() {
        assertEquals(Intrinsic.MIN, Intrinsic.named("min"));
        assertEquals(null, Intrinsic.named("minimum"));
        assertEquals(1, Intrinsic.MIN.arity(1));
        assertEquals(2, Intrinsic.MIN.arity(3), "min takes one list or two values: three is two too many by one");
        assertEquals(2, Intrinsic.MIN.arity(0));
        assertEquals(3, Intrinsic.LINSPACE.arity(1));
    }
}
