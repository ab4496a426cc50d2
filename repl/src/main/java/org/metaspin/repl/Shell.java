package org.metaspin.repl;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Explanations;

/**
 * One REPL input, command or code, and what it does; shared by the terminal and the
 * non-terminal modes. A command is named by any unique prefix (`:t` is `:type`).
 */
public final class Shell {
    /** The commands of §13, with their argument and what they do. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {":help", "", "this list"},
            new String[] {":quit", "", "leave the REPL (also Ctrl-D)"},
            new String[] {":type", "EXPR", "the type of an expression, without running it"},
            new String[] {":doc", "NAME", "documentation of a name, kind, property (Stack.Keff) or builtin"},
            new String[] {":load", "FILE", "run a .msp file in this session; its definitions stay"},
            new String[] {":vars", "", "the names defined so far, with their types and values"},
            new String[] {":reset", "", "forget every definition"},
            new String[] {":explain", "CODE", "the long explanation of a diagnostic code (E0202, R0005)"});

    private final InputEvaluator eval;
    private final ScopeDocs docs;
    private boolean quit;

    public Shell(InputEvaluator eval) {
        this.eval = eval;
        this.docs = new ScopeDocs(eval);
    }

    public InputEvaluator evaluator() { return eval; }

    /** True after `:quit`. */
    public boolean quitting() { return quit; }

    /** Runs one complete input. */
    public InputEvaluator.Status handle(String input) {
        String text = input.strip();
        if (text.isEmpty()) return InputEvaluator.Status.OK;
        if (!text.startsWith(":")) return eval.eval(input);
        int sp = indexOfBlank(text);
        String word = sp < 0 ? text : text.substring(0, sp);
        String arg = sp < 0 ? "" : text.substring(sp).strip();
        List<String> matches = commandsStartingWith(word);
        if (matches.size() != 1) {
            eval.err().println(matches.isEmpty()
                    ? "error: unknown command `" + word + "`; :help lists the commands"
                    : "error: `" + word + "` could be " + String.join(", ", matches));
            return InputEvaluator.Status.COMPILE_ERROR;
        }
        return switch (matches.get(0)) {
            case ":help" -> help();
            case ":quit" -> {
                quit = true;
                yield InputEvaluator.Status.OK;
            }
            case ":type" -> type(arg);
            case ":doc" -> docs.print(arg);
            case ":load" -> load(arg);
            case ":vars" -> vars();
            case ":reset" -> {
                eval.reset();
                eval.out().println("session reset");
                yield InputEvaluator.Status.OK;
            }
            case ":explain" -> explain(arg);
            default -> InputEvaluator.Status.OK;
        };
    }

    static List<String> commandsStartingWith(String word) {
        List<String> m = new ArrayList<>();
        for (String[] c : COMMANDS) if (c[0].startsWith(word.toLowerCase(Locale.ROOT))) m.add(c[0]);
        return m;
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    private InputEvaluator.Status help() {
        var out = eval.out();
        out.println("Type a statement, a declaration or an expression; an expression's value is shown with its type.");
        out.println("Input goes on while a bracket or block is open. Tab completes, Ctrl-C stops a running evaluation.");
        for (String[] c : COMMANDS) out.printf("  %-16s %s%n", c[0] + (c[1].isEmpty() ? "" : " " + c[1]), c[2]);
        out.println("A unique prefix of a command is enough: :t 5 nm * 2");
        return InputEvaluator.Status.OK;
    }

    private InputEvaluator.Status type(String expr) {
        if (expr.isEmpty()) return usage(":type EXPR");
        Type t = eval.typeOf(expr);
        if (t == null) return InputEvaluator.Status.COMPILE_ERROR;
        eval.out().println(t.show());
        return InputEvaluator.Status.OK;
    }

    private InputEvaluator.Status load(String file) {
        if (file.isEmpty()) return usage(":load FILE");
        if (file.length() >= 2 && file.startsWith("\"") && file.endsWith("\"")) file = file.substring(1, file.length() - 1);
        Path p = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(p);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            eval.err().println("error: " + file + " is not UTF-8 text");
            return InputEvaluator.Status.COMPILE_ERROR;
        } catch (IOException e) {
            eval.err().println("error: cannot read " + file + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : ": " + e.getMessage()));
            return InputEvaluator.Status.COMPILE_ERROR;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return eval.evalFile(file, text);
    }

    private InputEvaluator.Status vars() {
        Map<String, Symbol> scope = eval.scope();
        if (scope.isEmpty()) {
            eval.out().println("nothing defined yet");
            return InputEvaluator.Status.OK;
        }
        for (Map.Entry<String, Symbol> e : scope.entrySet()) {
            Symbol s = e.getValue();
            String line;
            if (s instanceof Symbol.Global g) {
                Object v = eval.valueOf(g);
                line = (g.mutable() ? "var " : "let ") + g.name() + " : " + g.type().show()
                        + (v == null ? "" : " = " + Values.show(v, g.type()));
            } else if (s instanceof Symbol.Function f) {
                line = "fn " + f.name() + " : " + f.type().show();
            } else if (s instanceof Symbol.Protocol p) {
                line = "protocol " + p.name() + " : " + p.type().show();
            } else if (s instanceof Symbol.KindDecl k) {
                line = k.decl().kind() + " " + k.name() + (k.fnType() != null ? " : " + k.fnType().show() : "");
            } else if (s instanceof Symbol.ModuleName m) {
                line = "import " + m.name();
            } else {
                Type t = eval.typeOf(s);
                line = e.getKey() + (t == null ? "" : " : " + t.show());
            }
            eval.out().println(line);
        }
        return InputEvaluator.Status.OK;
    }

    private InputEvaluator.Status explain(String code) {
        if (code.isEmpty()) return usage(":explain CODE");
        String text = Explanations.of(code);
        if (text == null) {
            eval.err().println("error: " + Explanations.unknown(code));
            return InputEvaluator.Status.COMPILE_ERROR;
        }
        eval.out().print(text);
        if (!text.endsWith("\n")) eval.out().println();
        return InputEvaluator.Status.OK;
    }

    private InputEvaluator.Status usage(String form) {
        eval.err().println("usage: " + form);
        return InputEvaluator.Status.COMPILE_ERROR;
    }

    static String describe(List<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }
}
