package org.metaspin.cli;

import java.util.concurrent.Callable;
import org.metaspin.lsp.Serve;
import picocli.CommandLine.Command;

/** `metaspin lsp` (§13): the language server for editors, on standard input and output (docs/editors.md). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"A language server (LSP 3.17) on standard input and output, for editors:",
                "diagnostics as you type, completion, hover, signatures, go to definition, outline, formatting, quick fixes."})
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws InterruptedException {
        // standard output is the protocol's channel from here on
        return Serve.serve(System.in, System.out);
    }
}
