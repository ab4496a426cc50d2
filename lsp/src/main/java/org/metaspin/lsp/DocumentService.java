package org.metaspin.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.fmt.Formatter;

/**
 * The document features. Edits are applied at once; checking runs on a pool after the edits
 * of a document pause for the debounce time, one document independently of the others.
 * Requests run on another pool and read the newest finished analysis of their document:
 * they never wait for a check in progress.
 */
final class DocumentService implements TextDocumentService {
    private final long debounceMillis;
    private final Documents docs = new Documents();
    private final Analyzer analyzer = new Analyzer();
    private final StdDocuments std = new StdDocuments();
    private final Locations locations = new Locations(std);
    private final DiagnosticMapper diagnostics = new DiagnosticMapper(locations);
    private final Completions completions = new Completions();
    private final Hovers hovers = new Hovers();
    private final Signatures signatures = new Signatures();
    private final Definitions definitions = new Definitions(locations);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(threads("metaspin-lsp-timer", 0));
    /** Checks run on big stacks, like `metaspin check` (deeply nested programs). */
    private final ExecutorService checks = Executors.newFixedThreadPool(2, threads("metaspin-lsp-check", 256L << 20));
    private final ExecutorService requests = Executors.newFixedThreadPool(2, threads("metaspin-lsp-request", 64L << 20));
    private volatile LanguageClient client;

    DocumentService(long debounceMillis) {
        this.debounceMillis = debounceMillis;
    }

    void connect(LanguageClient c) {
        this.client = c;
    }

    /** No new work; what runs finishes (interrupting a thread that writes to the client could close its channel). */
    void stop() {
        timers.shutdown();
        checks.shutdown();
        requests.shutdown();
    }

    private static ThreadFactory threads(String name, long stack) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), stack);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var td = params.getTextDocument();
        schedule(docs.open(td.getUri(), td.getText(), td.getVersion()), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Documents.Doc d = docs.get(params.getTextDocument().getUri());
        if (d == null) return;
        synchronized (d) {
            d.text = Documents.apply(d.text, params.getContentChanges());
            Integer v = params.getTextDocument().getVersion();
            d.version = v == null ? d.version + 1 : v;
        }
        schedule(d, debounceMillis);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Documents.Doc d = docs.close(params.getTextDocument().getUri());
        if (d == null) return;
        synchronized (d) {
            if (d.pending != null) d.pending.cancel(false);
        }
        LanguageClient c = client;
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(d.uri, List.of()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // checked as the text changed; modules that import this one are checked when they change
    }

    /** (Re)starts the timer of a document; when it fires, its text of that moment is checked. */
    private void schedule(Documents.Doc d, long delay) {
        synchronized (d) {
            if (d.pending != null) d.pending.cancel(false);
            if (timers.isShutdown()) return;
            d.pending = timers.schedule(() -> checks.execute(() -> check(d)), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void check(Documents.Doc d) {
        String text;
        int version;
        synchronized (d) {
            text = d.text;
            version = d.version;
        }
        Analysis a = analyzer.analyse(d.uri, version, text);
        synchronized (d) {
            if (d.version != version || docs.get(d.uri) != d) return; // a newer edit is on its way
            d.analysis = a;
            if (a.main() != null) d.parsed = a;
        }
        LanguageClient c = client;
        if (c != null) c.publishDiagnostics(new PublishDiagnosticsParams(d.uri, diagnostics.map(d.uri, a), version));
    }

    /** A request on the request pool, with the document's state of now; null (an empty answer) for an unknown document. */
    private <T> CompletableFuture<T> request(String uri, Function<Documents.Doc, T> body) {
        return CompletableFuture.supplyAsync(() -> {
            Documents.Doc d = docs.get(uri);
            return d == null ? null : body.apply(d);
        }, requests);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams p) {
        return request(p.getTextDocument().getUri(), d -> Either.forRight(completions.complete(d, p.getPosition())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams p) {
        return request(p.getTextDocument().getUri(), d -> hovers.hover(d, p.getPosition()));
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams p) {
        return request(p.getTextDocument().getUri(), d -> signatures.help(d, p.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams p) {
        return request(p.getTextDocument().getUri(), d -> Either.forLeft(definitions.find(d, p.getPosition())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams p) {
        return request(p.getTextDocument().getUri(), d -> Symbols.of(d).stream()
                .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams p) {
        return request(p.getTextDocument().getUri(), d -> {
            String text = d.text;
            Formatter.Result r = Formatter.format(new SourceFile(Analyzer.path(d.uri), text));
            if (!r.ok() || r.text().equals(text)) return List.of();
            return List.of(new TextEdit(new Positions(text).whole(), r.text()));
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams p) {
        return request(p.getTextDocument().getUri(), d -> QuickFixes.of(d, p).stream()
                .map(Either::<Command, CodeAction>forRight).toList());
    }
}
