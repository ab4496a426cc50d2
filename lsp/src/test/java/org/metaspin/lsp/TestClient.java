package org.metaspin.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** An LSP4J client connected to a server in this process over piped streams, as an editor would be over stdio. */
final class TestClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final LanguageServer server;
    final CompletableFuture<Void> exited = new CompletableFuture<>();
    final MetaSpinLanguageServer impl;

    TestClient(long debounceMillis) throws IOException {
        // NIO pipes: java.io's piped streams fail once a thread that wrote to them has ended, and the server writes from pools
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        impl = new MetaSpinLanguageServer(debounceMillis, () -> exited.complete(null));
        Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
        impl.connect(s.getRemoteProxy());
        s.startListening();
        Launcher<LanguageServer> c = LSPLauncher.createClientLauncher(this, clientIn, clientOut);
        c.startListening();
        server = c.getRemoteProxy();
    }

    /** The next diagnostics published for {@code uri} (others are skipped). */
    PublishDiagnosticsParams next(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = diagnostics.poll(20, TimeUnit.SECONDS);
            if (p == null) throw new AssertionError("no diagnostics published for " + uri);
            if (p.getUri().equals(uri)) return p;
        }
    }

    @Override public void telemetryEvent(Object object) { }

    @Override public void publishDiagnostics(PublishDiagnosticsParams p) { diagnostics.add(p); }

    @Override public void showMessage(MessageParams messageParams) { }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override public void logMessage(MessageParams message) { }
}
