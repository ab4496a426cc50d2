package org.metaspin.compiler.ast;

import java.util.List;
import org.metaspin.compiler.diag.SourceFile;

/** One source file: its dotted name (§7) and its top-level statements in order. */
public record Module(String name, SourceFile source, List<Stmt> items) {
    public List<Stmt.Import> imports() {
        return items.stream().filter(s -> s instanceof Stmt.Import).map(s -> (Stmt.Import) s).toList();
    }
}
