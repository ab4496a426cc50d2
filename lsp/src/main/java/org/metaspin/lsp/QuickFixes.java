package org.metaspin.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.metaspin.compiler.check.Suggest;

/**
 * A quick fix for every diagnostic whose help says "did you mean `X`?": the word under the
 * diagnostic that X is closest to becomes X (the span of E0205 covers `nme = 1`, of E0004
 * the unit, of E0101 the name).
 */
final class QuickFixes {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean `([^`]+)`\\?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}_%Ω][\\p{L}\\p{Nd}_]*");

    private QuickFixes() {}

    static List<CodeAction> of(Documents.Doc d, CodeActionParams params) {
        String text = d.text;
        Positions p = new Positions(text);
        List<CodeAction> out = new ArrayList<>();
        for (Diagnostic diag : params.getContext().getDiagnostics()) {
            Matcher m = DID_YOU_MEAN.matcher(diag.getMessage());
            if (!m.find()) continue;
            String fix = m.group(1);
            int start = p.offset(diag.getRange().getStart());
            int end = p.offset(diag.getRange().getEnd());
            List<int[]> words = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher w = WORD.matcher(text.substring(start, Math.max(start, end)));
            while (w.find()) {
                words.add(new int[] {start + w.start(), start + w.end()});
                names.add(w.group());
            }
            String closest = Suggest.closest(fix, names);
            if (closest == null || closest.equals(fix)) continue;
            int[] at = words.get(names.indexOf(closest));
            CodeAction a = new CodeAction("Replace `" + closest + "` with `" + fix + "`");
            a.setKind(CodeActionKind.QuickFix);
            a.setDiagnostics(List.of(diag));
            a.setIsPreferred(true);
            a.setEdit(new WorkspaceEdit(Map.of(d.uri, List.of(new TextEdit(p.range(at[0], at[1]), fix)))));
            out.add(a);
        }
        return out;
    }
}
