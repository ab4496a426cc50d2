package org.metaspin.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the server over a pair of streams (stdin/stdout for `metaspin lsp`) until `exit` or the end of input. */
public final class Serve {
    /** How long after the last keystroke a document is checked again: long enough to skip most intermediate texts. */
    public static final long DEBOUNCE_MILLIS = 150;

    private Serve() {}

    /** @return the exit code LSP asks for: 0 after `shutdown` then `exit`, 1 otherwise */
    public static int serve(InputStream in, OutputStream out) throws InterruptedException {
        CompletableFuture<Void> exited = new CompletableFuture<>();
        MetaSpinLanguageServer server = new MetaSpinLanguageServer(DEBOUNCE_MILLIS, () -> exited.complete(null));
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            CompletableFuture.anyOf(exited, CompletableFuture.runAsync(() -> {
                try {
                    listening.get();
                } catch (InterruptedException | ExecutionException e) {
                    // the input ended or broke: the server stops
                }
            })).get();
        } catch (ExecutionException e) {
            // as above
        }
        listening.cancel(true);
        return server.shutDown() ? 0 : 1;
    }
}
