package org.metaspin.compiler;

import java.util.function.Function;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * What a dotted path of names (`Synapse.stack`, `std.materials.CoFeB`, `mats.Pt.Ms`) names, for
 * the REPL's and the language server's completion, hover and `:type`: a module, or the type of
 * a value and of the properties after it. The path's first name is looked up in the caller's
 * scope; a module path extends while its next prefix is a loaded module, and past prefixes that
 * are no module (`import a.b.c` binds `a` while only `a.b.c` is loaded).
 */
public final class DottedPath {
    private DottedPath() {}

    /**
     * The module (its {@link Attribution}) or the {@link Type} that {@code path} names, or null when
     * it is not that simple. {@code scope} tells what a name means where the path is read.
     */
    public static Object resolve(String path, Function<String, Symbol> scope, Function<String, Attribution> modules, RuntimeLibrary lib) {
        String[] parts = path.split("\\.", -1);
        Symbol head = scope.apply(parts[0]);
        int i = 1;
        Type t;
        if (head instanceof Symbol.ModuleName m) {
            String module = m.name();
            while (i < parts.length && modules.apply(module + "." + parts[i]) != null) module = module + "." + parts[i++];
            while (i < parts.length && modules.apply(module) == null) module = module + "." + parts[i++];
            Attribution a = modules.apply(module);
            if (a == null) return null;
            if (i >= parts.length) return a;
            Symbol exported = a.exports.get(parts[i++]);
            t = exported == null ? null : exported.valueType();
        } else if (head != null) {
            t = head.valueType();
        } else if (lib.constant(parts[0]) != null) {
            t = lib.constant(parts[0]).type();
        } else {
            return null;
        }
        return lib.propertyPath(t, parts, i);
    }
}
