package org.metaspin.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.metaspin.compiler.Docs;
import org.metaspin.compiler.ast.ParamDecl;
import org.metaspin.compiler.code.BuiltinFn;
import org.metaspin.compiler.code.Intrinsic;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * Signature help inside a call: every overload of a builtin, or the parameters of a user's
 * function, protocol or parameterized declaration, with the argument under the cursor
 * highlighted (by name when it is written `name = …`).
 */
final class Signatures {
    private final RuntimeLibrary lib = RuntimeLibrary.get();

    SignatureHelp help(Documents.Doc d, Position pos) {
        String text = d.text;
        int offset = new Positions(text).offset(pos);
        CallContext call = CallContext.at(text, offset);
        if (call == null) return null;
        List<SignatureInformation> sigs = new ArrayList<>();
        for (BuiltinFn b : lib.builtins(call.simpleName())) {
            List<String> names = b.params().stream().map(BuiltinFn.BuiltinParam::name).toList();
            List<ParameterInformation> ps = new ArrayList<>();
            for (BuiltinFn.BuiltinParam p : b.params()) {
                ps.add(new ParameterInformation(p.name() + ": " + p.type().show() + (p.defaultSource() != null ? " = " + p.defaultSource() : "")));
            }
            sigs.add(signature(Docs.signature(b), b.doc(), ps, active(call, names, b.varargs())));
        }
        Symbol s = d.parsed == null ? null : new Names(d.parsed).at(d.parsed.positions().offset(pos)).get(call.simpleName());
        List<ParamDecl> params = userParams(s);
        if (params != null) {
            List<ParameterInformation> ps = new ArrayList<>();
            for (ParamDecl p : params) ps.add(new ParameterInformation(p.span().text()));
            String label = call.simpleName() + "(" + String.join(", ", params.stream().map(p -> p.span().text()).toList()) + ")";
            sigs.add(signature(label, docOf(s), ps, active(call, params.stream().map(ParamDecl::name).toList(), false)));
        }
        if (sigs.isEmpty() && Intrinsic.named(call.simpleName()) != null) {
            sigs.add(signature(call.simpleName() + "(…)", Intrinsic.named(call.simpleName()).doc, List.of(), 0));
        }
        if (sigs.isEmpty()) return null;
        return new SignatureHelp(sigs, 0, sigs.get(0).getActiveParameter());
    }

    /** The parameter names of the call's callee (for `name = ` completion). */
    static List<String> parameterNames(Analysis a, CallContext call, int offset) {
        List<String> out = new ArrayList<>();
        for (BuiltinFn b : RuntimeLibrary.get().builtins(call.simpleName())) {
            for (BuiltinFn.BuiltinParam p : b.params()) if (!out.contains(p.name())) out.add(p.name());
        }
        List<ParamDecl> params = a == null ? null : userParams(new Names(a).at(offset).get(call.simpleName()));
        if (params != null) for (ParamDecl p : params) if (!out.contains(p.name())) out.add(p.name());
        return out;
    }

    private static List<ParamDecl> userParams(Symbol s) {
        if (s instanceof Symbol.Function f) return f.decl().params();
        if (s instanceof Symbol.Protocol p) return p.decl().params();
        if (s instanceof Symbol.KindDecl k) return k.decl().params();
        return null;
    }

    private static String docOf(Symbol s) {
        if (s instanceof Symbol.Function f) return f.decl().doc();
        if (s instanceof Symbol.Protocol p) return p.decl().doc();
        if (s instanceof Symbol.KindDecl k) return k.decl().doc();
        return null;
    }

    private static int active(CallContext call, List<String> names, boolean varargs) {
        if (call.argumentName() != null) return Math.max(0, names.indexOf(call.argumentName()));
        if (varargs && !names.isEmpty()) return Math.min(call.argument(), names.size() - 1);
        return call.argument();
    }

    private static SignatureInformation signature(String label, String doc, List<ParameterInformation> ps, int active) {
        SignatureInformation s = new SignatureInformation(label);
        if (doc != null && !doc.isBlank()) s.setDocumentation(doc.strip());
        s.setParameters(ps);
        s.setActiveParameter(active);
        return s;
    }
}
