package org.metaspin.compiler.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.diag.Code;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.runtime.units.UnitTable;

/**
 * Finds, reads and parses a program's modules (§7): an import is looked up in the
 * importing file's folder, then each {@code --path} folder, then the standard library on
 * the class path. Returns the modules with every module after those it imports; reports
 * E0103 (not found) and E0105 (cycle, found by file whatever the names).
 */
public final class ModuleLoader {
    private final List<Path> searchPath;
    private final Diagnostics diags;
    private final SourceParser parser = new SourceParser(UnitTable::isUnitSymbol);
    private final Map<String, Module> byFile = new LinkedHashMap<>();
    private final List<String> onStack = new ArrayList<>();
    private final List<Module> ordered = new ArrayList<>();
    private java.util.Set<String> known = java.util.Set.of();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    public ModuleLoader(List<Path> searchPath, Diagnostics diags) {
        this.searchPath = searchPath;
        this.diags = diags;
    }

    /** Loads the program whose main file is {@code file}; its folder is its root (§15). */
    public List<Module> load(SourceFile file) {
        String name = moduleNameOf(file.path());
        Module m = parser.parse(name, file, diags);
        if (m == null) return List.of();
        String key = key(Path.of(file.path()));
        visit(key, m, Path.of(file.path()).toAbsolutePath().getParent());
        return ordered;
    }

    /**
     * A source text not in a file (the REPL, tests): imports resolve against {@code dir};
     * modules named in {@code known} are already loaded and are not loaded again.
     */
    public List<Module> load(String name, SourceFile file, Path dir, java.util.Set<String> known) {
        this.known = known;
        Module m = parser.parse(name, file, diags);
        if (m == null) return List.of();
        visit("<" + name + ">", m, dir);
        return ordered;
    }

    /**
     * Other names under which an already loaded file was imported (§15: a module is its
     * file, whatever the name): import name to the name it was first loaded as.
     */
    public Map<String, String> aliases() { return aliases; }

    public static String moduleNameOf(String path) {
        String f = Path.of(path).getFileName().toString();
        if (f.endsWith(".msp")) f = f.substring(0, f.length() - 4);
        String n = f.replaceAll("[^\\p{L}\\p{Nd}_]", "_");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    private static String key(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize().toString();
        }
    }

    private void visit(String key, Module m, Path dir) {
        byFile.put(key, m);
        onStack.add(key);
        for (Stmt.Import imp : m.imports()) {
            if (known.contains(imp.moduleName())) continue;
            Found f = find(imp, dir);
            if (f == null) {
                diags.report(Diagnostic.of(Code.E0103, imp.pathSpan(), "module `" + imp.moduleName() + "` not found")
                        .withLabel("no file " + String.join("/", imp.path()) + ".msp")
                        .withHelp("looked in " + dir + (searchPath.isEmpty() ? "" : ", " + searchPath)
                                + " and the standard library (std.*)"));
                continue;
            }
            int at = onStack.indexOf(f.key);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>();
                for (String k : onStack.subList(at, onStack.size())) cycle.add(byFile.get(k).name());
                cycle.add(imp.moduleName());
                diags.report(Diagnostic.of(Code.E0105, imp.pathSpan(), "import cycle: " + String.join(" -> ", cycle))
                        .withHelp("move what both modules need into a third module"));
                continue;
            }
            if (byFile.containsKey(f.key)) {
                String canonical = byFile.get(f.key).name();
                if (!canonical.equals(imp.moduleName())) aliases.put(imp.moduleName(), canonical);
                continue;
            }
            SourceFile src = SourceReader.decode(f.display, f.bytes, diags);
            if (src == null) continue;
            Module sub = parser.parse(imp.moduleName(), src, diags);
            if (sub == null) {
                byFile.put(f.key, new Module(imp.moduleName(), src, List.of()));
                continue;
            }
            visit(f.key, sub, f.dir);
        }
        onStack.remove(onStack.size() - 1);
        ordered.add(m);
    }

    private record Found(String key, String display, byte[] bytes, Path dir) {}

    private Found find(Stmt.Import imp, Path dir) {
        String rel = String.join("/", imp.path()) + ".msp";
        List<Path> roots = new ArrayList<>();
        if (dir != null) roots.add(dir);
        roots.addAll(searchPath);
        for (Path root : roots) {
            Path p = root.resolve(rel);
            if (Files.isRegularFile(p)) {
                try {
                    Path shown = p.isAbsolute() && Path.of("").toAbsolutePath().equals(p.getParent()) ? p.getFileName() : relativize(p);
                    return new Found(key(p), shown.toString(), Files.readAllBytes(p), p.toAbsolutePath().getParent());
                } catch (IOException e) {
                    return null;
                }
            }
        }
        if (imp.path().get(0).equals("std")) {
            try (InputStream in = ModuleLoader.class.getClassLoader().getResourceAsStream(rel)) {
                if (in != null) return new Found("classpath:" + rel, rel, in.readAllBytes(), null);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static Path relativize(Path p) {
        try {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        } catch (RuntimeException e) {
            return p;
        }
    }
}
