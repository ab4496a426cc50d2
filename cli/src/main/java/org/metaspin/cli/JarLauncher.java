package org.metaspin.cli;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.Manifest;
import org.metaspin.repl.RuntimeErrors;

/** The main class of a jar written by `metaspin compile --jar`: runs the program, reporting as `metaspin run` does. */
public final class JarLauncher {
    private JarLauncher() {}

    public static void main(String[] args) throws Exception {
        Manifest mf;
        try (InputStream in = JarLauncher.class.getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            mf = new Manifest(in);
        }
        String main = null;
        Map<String, String> sources = new HashMap<>();
        var urls = JarLauncher.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (urls.hasMoreElements()) {
            try (InputStream in = urls.nextElement().openStream()) {
                Manifest m = new Manifest(in);
                String mc = m.getMainAttributes().getValue("MetaSpin-Main");
                if (mc == null) continue;
                main = mc;
                for (String pair : m.getMainAttributes().getValue("MetaSpin-Sources").split(" ")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) sources.put(pair.substring(0, eq), pair.substring(eq + 1).replace('?', ' '));
                }
                break;
            }
        }
        if (main == null) main = mf.getMainAttributes().getValue("MetaSpin-Main");
        try {
            Class<?> c = Class.forName(main);
            MethodHandles.publicLookup().findStatic(c, "$init", MethodType.methodType(void.class)).invoke();
        } catch (Throwable t) {
            System.out.flush();
            RuntimeErrors.print(t, sources, false, System.err);
            System.exit(RuntimeErrors.isInternal(t) ? ExitCodes.INTERNAL : ExitCodes.RUNTIME_ERROR);
        }
    }
}
