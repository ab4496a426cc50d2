package org.metaspin.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The language server of `metaspin lsp` (§13): capabilities and lifecycle; the features are in {@link DocumentService}. */
public final class MetaSpinLanguageServer implements LanguageServer, LanguageClientAware {
    private final DocumentService documents;
    private final WorkspaceService workspace = new NoWorkspace();
    private volatile boolean shutdown;
    private final Runnable onExit;

    /**
     * @param debounceMillis how long after the last edit a document is checked again
     * @param onExit what `exit` does (the command ends the process; tests stop the launcher)
     */
    public MetaSpinLanguageServer(long debounceMillis, Runnable onExit) {
        this.documents = new DocumentService(debounceMillis);
        this.onExit = onExit;
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        c.setCompletionProvider(new CompletionOptions(false, List.of(".", "(", ",")));
        c.setHoverProvider(true);
        c.setSignatureHelpProvider(new SignatureHelpOptions(List.of("(", ","), List.of(",")));
        c.setDefinitionProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("metaspin", version())));
    }

    private static String version() {
        String v = MetaSpinLanguageServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        documents.stop();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        documents.stop();
        onExit.run();
    }

    /** Whether `shutdown` came before `exit` (LSP: exit code 0 then, else 1). */
    public boolean shutDown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static final class NoWorkspace implements WorkspaceService {
        @Override
        public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) { }

        @Override
        public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) { }
    }
}
