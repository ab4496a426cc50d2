package org.metaspin.lsp;

import java.util.List;
import java.util.Map;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.SourceFile;

/**
 * What checking one version of a document found: its diagnostics, and, when it parsed, its
 * module and the attribution of it and of every module it imports. Immutable once made, so
 * completion and hover read it from any thread without a lock.
 */
record Analysis(int version, SourceFile source, Positions positions, List<Diagnostic> diagnostics, Module module,
                Map<String, Attribution> modules) {
    /** The attribution of the document's own module, or null when it did not get that far. */
    Attribution main() {
        return module == null ? null : modules.get(module.name());
    }
}
