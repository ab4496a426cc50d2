package org.metaspin.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server driven through LSP4J's launcher over piped streams, message by message as an editor drives it. */
class LanguageServerTest {
    private static final String MAIN = """
            import std.materials.{CoFeB}
            import devices

            /// Twice the input.
            fn twice(x: Real) -> Real = 2 * x
            let a = devices.area(5 nm)
            let m = CoFeB
            print(twice(3), a, m.Ms, sqrt(4))
            """;

    @TempDir
    Path dir;
    private TestClient client;
    private String uri;
    private int version = 1;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(dir.resolve("devices.msp"), "/// The area of a square.\nfn area(w: Length) -> Area = w * w\n");
        uri = dir.resolve("main.msp").toUri().toString();
        client = new TestClient(20);
        InitializeResult init = client.server.initialize(new InitializeParams()).get(20, TimeUnit.SECONDS);
        assertNotNull(init.getCapabilities().getCompletionProvider());
        client.server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws Exception {
        client.server.shutdown().get(20, TimeUnit.SECONDS);
        client.server.exit();
        client.exited.get(20, TimeUnit.SECONDS);
        assertTrue(client.impl.shutDown());
    }

    private PublishDiagnosticsParams open(String text) throws InterruptedException {
        client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "metaspin", version, text)));
        return client.next(uri);
    }

    /** Replaces a range of the text, as editors send keystrokes, and waits for the check of the new version. */
    private PublishDiagnosticsParams edit(int line, int from, int to, String text) throws InterruptedException {
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(line, to)), text);
        client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, ++version), List.of(change)));
        PublishDiagnosticsParams p = client.next(uri);
        while (p.getVersion() != null && p.getVersion() != version) p = client.next(uri);
        return p;
    }

    @Test
    void diagnosticsAppearWithCodeAndRangeAndClearWhenFixed() throws Exception {
        assertEquals(List.of(), open(MAIN).getDiagnostics());
        // line 7 gets `let b = 5 nm + 3 ns` in front: E0202 over the whole addition (§15)
        PublishDiagnosticsParams bad = edit(7, 0, 0, "let b = 5 nm + 3 ns\n");
        assertEquals(1, bad.getDiagnostics().size(), bad.toString());
        Diagnostic d = bad.getDiagnostics().get(0);
        assertEquals("E0202", d.getCode().getLeft());
        assertEquals(new Range(new Position(7, 8), new Position(7, 19)), d.getRange());
        assertTrue(d.getMessage().contains("Length") && d.getMessage().contains("Time"), d.getMessage());
        assertEquals(List.of(), edit(7, 15, 19, "2 nm").getDiagnostics());
    }

    @Test
    void completesMembersAfterDotUnitsAfterNumberAndNamedArguments() throws Exception {
        open(MAIN);
        edit(8, 0, 0, "let z = m.");
        List<String> members = labels(complete(8, 10));
        assertTrue(members.contains("Ms") && members.contains("alpha"), members.toString());
        assertTrue(!members.contains("let"), "only members after a dot");
        edit(8, 0, 10, "let t = 5 ");
        List<String> units = labels(complete(8, 10));
        assertTrue(units.contains("nm") && units.contains("mA"), units.toString());
        edit(8, 0, 10, "let c = disk(");
        List<String> args = labels(complete(8, 13));
        assertTrue(args.contains("diameter ="), args.toString());
        List<String> plain = labels(complete(7, 0));
        assertTrue(plain.contains("twice") && plain.contains("protocol") && plain.contains("device"), plain.toString());
    }

    @Test
    void hoverShowsTypesAndDocs() throws Exception {
        open(MAIN);
        String builtin = hover(7, 28);
        assertTrue(builtin.contains("square root"), builtin);
        String user = hover(7, 8);
        assertTrue(user.contains("fn twice(x: Real) -> Real") && user.contains("Twice the input."), user);
        String let = hover(5, 4);
        assertTrue(let.contains("a: Area"), let);
    }

    @Test
    void definitionAcrossModulesAndIntoStd() throws Exception {
        open(MAIN);
        Location area = definition(5, 17);
        assertTrue(area.getUri().endsWith("devices.msp"), area.getUri());
        assertEquals(new Range(new Position(1, 3), new Position(1, 7)), area.getRange());
        Location cofeb = definition(0, 24);
        assertTrue(cofeb.getUri().endsWith("std/materials.msp"), cofeb.getUri());
        Path std = Path.of(java.net.URI.create(cofeb.getUri()));
        assertTrue(Files.readAllLines(std).get(cofeb.getRange().getStart().getLine()).startsWith("material CoFeB"));
        assertTrue(!Files.getPosixFilePermissions(std).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), "std modules are read-only documents");
        Location twice = definition(7, 7);
        assertEquals(uri, twice.getUri());
        assertEquals(4, twice.getRange().getStart().getLine());
    }

    @Test
    void symbolsFormattingSignatureAndQuickFix() throws Exception {
        open(MAIN);
        List<String> names = client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
                .get(20, TimeUnit.SECONDS).stream().map(e -> e.getRight().getName()).toList();
        assertEquals(List.of("std.materials", "devices", "twice", "a", "m"), names);

        SignatureHelp help = client.server.getTextDocumentService().signatureHelp(
                new SignatureHelpParams(new TextDocumentIdentifier(uri), new Position(7, 12))).get(20, TimeUnit.SECONDS);
        assertEquals("twice(x: Real)", help.getSignatures().get(0).getLabel());

        PublishDiagnosticsParams typo = edit(7, 25, 29, "sqrtt");
        Diagnostic d = typo.getDiagnostics().get(0);
        assertEquals("E0101", d.getCode().getLeft());
        List<CodeAction> fixes = client.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)))).get(20, TimeUnit.SECONDS)
                .stream().map(e -> e.getRight()).toList();
        assertEquals(1, fixes.size());
        TextEdit fix = fixes.get(0).getEdit().getChanges().get(uri).get(0);
        assertEquals("sqrt", fix.getNewText());
        assertEquals(new Range(new Position(7, 25), new Position(7, 30)), fix.getRange());

        edit(7, 0, 0, "let   q=1;");
        List<? extends TextEdit> edits = client.server.getTextDocumentService().formatting(
                new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get(20, TimeUnit.SECONDS);
        assertEquals(1, edits.size(), "edits of the formatter");
        assertTrue(edits.get(0).getNewText().contains("\nlet q = 1\nprint(twice(3)"), edits.get(0).getNewText());
    }

    private List<CompletionItem> complete(int line, int character) throws Exception {
        return client.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(20, TimeUnit.SECONDS).getRight().getItems();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private String hover(int line, int character) throws Exception {
        var h = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(20, TimeUnit.SECONDS);
        assertNotNull(h, "hover at " + line + ":" + character);
        return h.getContents().getRight().getValue();
    }

    private Location definition(int line, int character) throws Exception {
        List<? extends Location> ls = client.server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri), new Position(line, character))).get(20, TimeUnit.SECONDS).getLeft();
        assertEquals(1, ls.size(), "definition at " + line + ":" + character);
        return ls.get(0);
    }
}
