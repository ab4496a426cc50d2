package org.metaspin.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents: each has its own text, version and latest analysis, updated without a
 * lock shared with other documents (a map of independent entries).
 */
final class Documents {
    static final class Doc {
        final String uri;
        volatile String text;
        volatile int version;
        /** The newest finished analysis (possibly of an older version), or null before the first. */
        volatile Analysis analysis;
        /** The newest analysis of a version that parsed: completion falls back on it while a line is half typed. */
        volatile Analysis parsed;
        ScheduledFuture<?> pending;

        Doc(String uri, String text, int version) {
            this.uri = uri;
            this.text = text;
            this.version = version;
        }
    }

    private final Map<String, Doc> open = new ConcurrentHashMap<>();

    Doc open(String uri, String text, int version) {
        Doc d = new Doc(uri, text, version);
        open.put(uri, d);
        return d;
    }

    Doc get(String uri) {
        return open.get(uri);
    }

    Doc close(String uri) {
        return open.remove(uri);
    }

    /** Applies changes in order: a change without a range replaces the text, one with a range replaces that part. */
    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                text = c.getText();
                continue;
            }
            Positions p = new Positions(text);
            Position s = c.getRange().getStart();
            Position e = c.getRange().getEnd();
            text = text.substring(0, p.offset(s)) + c.getText() + text.substring(p.offset(e));
        }
        return text;
    }
}
