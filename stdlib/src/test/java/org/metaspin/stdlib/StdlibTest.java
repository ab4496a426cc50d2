package org.metaspin.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.Compiler;
import org.metaspin.compiler.Program;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.TextRenderer;
import org.metaspin.runtime.lang.Console;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * The standard library as users get it: every module compiles without a diagnostic (not
 * even a warning), its classes verify, and the reference devices of std.devices give the
 * figures the field reports for devices of their kind and size (§12).
 */
class StdlibTest {
    private static Compiler.Result compile(String source) {
        Compiler.Result r = new Compiler(List.of()).compile(new SourceFile("stdlib-test.msp", source));
        assertTrue(r.diagnostics().sorted().isEmpty(), new TextRenderer().render(r.diagnostics().sorted()));
        return r;
    }

    @Test
    void everyModuleCompilesCleanAndVerifies() {
        Compiler.Result r = compile("import std.materials\nimport std.devices\n");
        ClassLoader loader = new Program(r);
        for (String module : List.of("msp.std.materials", "msp.std.devices")) {
            assertTrue(r.classes().containsKey(module), module);
        }
        for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
            StringWriter sw = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(e.getValue()), loader, false, new PrintWriter(sw));
            assertEquals("", sw.toString(), e.getKey());
        }
    }

    @Test
    void referenceDevicesArePlausible() throws Throwable {
        // Delta between about 30 and 100 (retention of years at room temperature, e.g. Sato et
        // al., APL 105, 062403, 2014), Ic0 in the mA range of macrospin estimates for SOT
        // devices of 40–100 nm (Lee et al., APL 102, 112410, 2013; measured currents are
        // several times lower, Garello et al. 2014)
        String program = """
                import std.devices.{PtSynapse, WSynapse}
                for d in [PtSynapse, WSynapse] {
                  print(d.Delta, d.Ic0 to mA, d.stack.perpendicular)
                }
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new Program(compile(program)).run();
        } finally {
            Console.redirect(null);
        }
        for (String line : out.toString(StandardCharsets.UTF_8).strip().split("\n")) {
            String[] f = line.split(" ");
            double delta = Double.parseDouble(f[0]);
            double ic0 = Double.parseDouble(f[1]);
            assertTrue(delta > 30 && delta < 100, "Delta " + line);
            assertTrue(ic0 > 0.1 && ic0 < 20, "Ic0 in mA " + line);
            assertEquals("true", f[2], line);
        }
    }
}
