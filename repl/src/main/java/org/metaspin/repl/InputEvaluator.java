package org.metaspin.repl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metaspin.compiler.InteractiveSession;
import org.metaspin.compiler.ast.Module;
import org.metaspin.compiler.ast.Stmt;
import org.metaspin.compiler.check.Attribution;
import org.metaspin.compiler.code.Symbol;
import org.metaspin.compiler.code.Type;
import org.metaspin.compiler.diag.Diagnostic;
import org.metaspin.compiler.diag.Diagnostics;
import org.metaspin.compiler.diag.SourceFile;
import org.metaspin.compiler.diag.Span;
import org.metaspin.compiler.diag.TextRenderer;
import org.metaspin.compiler.gen.JvmNames;
import org.metaspin.compiler.parse.SourceParser;
import org.metaspin.compiler.DottedPath;
import org.metaspin.compiler.resolve.RuntimeLibrary;
import org.metaspin.runtime.lang.Console;
import org.metaspin.runtime.units.UnitTable;

/**
 * Compiles and runs REPL inputs in a {@link InteractiveSession}, echoing values and declarations and
 * reporting errors; knows nothing of terminals. An expression is compiled as
 * {@code let _itN = <expr>} (a name starting with `_` is not exported, so later inputs do
 * not see it) and its value is read back from the input's class.
 */
public final class InputEvaluator {
    /** How one input went. */
    public enum Status { OK, COMPILE_ERROR, RUNTIME_ERROR, CANCELLED }

    private static final long STACK = 512L * 1024 * 1024;
    private static final long GRACE_MILLIS = 1500;

    private final List<Path> searchPath;
    private final Path dir;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean color;
    private final SourceParser parser = new SourceParser(UnitTable::isUnitSymbol);
    private final RuntimeLibrary lib = RuntimeLibrary.get();
    private InteractiveSession session;
    private int count;
    private volatile Thread worker;

    public InputEvaluator(List<Path> searchPath, Path dir, PrintStream out, PrintStream err, boolean color) {
        this.searchPath = searchPath;
        this.dir = dir;
        this.out = out;
        this.err = err;
        this.color = color;
        reset();
    }

    /** Forgets every definition: a fresh session. */
    public void reset() {
        session = new InteractiveSession(searchPath, dir, Interrupts::instrument);
    }

    public PrintStream out() { return out; }

    public PrintStream err() { return err; }

    public RuntimeLibrary library() { return lib; }

    // ------------------------------------------------------------------ evaluation

    /**
     * Compiles and runs one input on a worker thread with a large stack, and waits for it;
     * {@link #cancel()} from another thread stops it.
     */
    public Status eval(String text) {
        return onWorker(() -> evalHere(text, null));
    }

    /** Evaluates a whole file's text as one input; {@code path} names it in diagnostics. */
    public Status evalFile(String path, String text) {
        return onWorker(() -> evalHere(text, path));
    }

    /** Stops the running evaluation, if any: at its next loop back-edge, or by interrupt, or (JDK 17-19) by Thread.stop. */
    public void cancel() {
        Thread w = worker;
        if (w == null) return;
        Interrupts.request();
        w.interrupt();
        Thread watchdog = new Thread(() -> {
            try {
                w.join(GRACE_MILLIS);
                if (w.isAlive() && worker == w) stop(w);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "metaspin-cancel");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread w) {
        try {
            w.stop();
        } catch (UnsupportedOperationException notOnThisJdk) {
            // JDK 20+: only the back-edge checks and interrupts stop an evaluation
        }
    }

    public boolean running() { return worker != null; }

    private interface Body {
        Status call();
    }

    private Status onWorker(Body body) {
        Status[] result = {Status.CANCELLED};
        Interrupts.clear();
        Thread t = new Thread(null, () -> {
            Console.redirect(out);
            try {
                result[0] = body.call();
            } catch (Interrupts.Cancelled | ThreadDeath e) {
                result[0] = Status.CANCELLED;
            } catch (StackOverflowError e) {
                err.println("error[E0001]: the input is nested too deeply to compile");
                result[0] = Status.COMPILE_ERROR;
            } catch (Throwable e) {
                err.println("metaspin: internal error: " + e);
                result[0] = Status.RUNTIME_ERROR;
            } finally {
                Console.redirect(null);
            }
        }, "metaspin-eval", STACK);
        t.setDaemon(true);
        worker = t;
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                cancel();
            }
        }
        worker = null;
        Thread.interrupted(); // a stray interrupt of this thread from the handler is not ours to keep
        if (interrupted) Thread.currentThread().interrupt();
        if (result[0] == Status.CANCELLED) {
            out.flush();
            err.println("interrupted");
        }
        Interrupts.clear();
        return result[0];
    }

    private Status evalHere(String text, String filePath) {
        int n = ++count;
        String path = filePath != null ? filePath : "<input " + n + ">";
        SourceFile user = new SourceFile(path, text);
        String hidden = "_it" + n;
        String prefix = "let " + hidden + " = ";
        InteractiveSession.Input input = null;
        Diagnostics shown;
        boolean expression = filePath == null && isExpression(prefix, text);
        if (expression) {
            InteractiveSession.Input in = session.compile(new SourceFile(path, prefix + text));
            if (in.ok()) {
                input = in;
                shown = remap(in.diagnostics(), user, prefix.length());
            } else if (parses(user)) {
                // a call that returns nothing (`f(x)`) is a statement
                input = session.compile(user);
                shown = input.diagnostics();
                expression = false;
            } else {
                shown = remap(in.diagnostics(), user, prefix.length());
            }
        } else {
            input = session.compile(user);
            shown = input.diagnostics();
        }
        if (!shown.sorted().isEmpty()) err.print(new TextRenderer(color).render(shown.sorted()));
        if (input == null || !input.ok()) return Status.COMPILE_ERROR;
        try {
            session.run(input);
        } catch (Interrupts.Cancelled | ThreadDeath e) {
            return Status.CANCELLED;
        } catch (Throwable t) {
            if (Interrupts.requested()) return Status.CANCELLED;
            out.flush();
            Console.out().flush();
            RuntimeErrors.print(t, session.sources(), false, err);
            return Status.RUNTIME_ERROR;
        }
        Console.out().flush();
        echo(input, expression ? hidden : null);
        return Status.OK;
    }

    private void echo(InteractiveSession.Input input, String hidden) {
        Attribution a = input.attribution();
        for (Stmt s : a.module.items()) {
            try {
                if (s instanceof Stmt.Let l && a.symbols.get(l) instanceof Symbol.Global g) {
                    Object v = session.value(input, l.name());
                    String shown = Values.show(v, g.type()) + " : " + g.type().show();
                    out.println(l.name().equals(hidden) ? shown : l.name() + " = " + shown);
                } else if (s instanceof Stmt.Fn f) {
                    out.println("fn " + f.name());
                } else if (s instanceof Stmt.Protocol p) {
                    out.println("protocol " + p.name());
                } else if (s instanceof Stmt.Kind k) {
                    out.println(k.kind() + " " + k.name());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.println((s instanceof Stmt.Let l ? l.name() : "?") + " = <unreadable: " + e + ">");
            }
        }
        out.flush();
    }

    /** The type of an expression, without running anything; null after reporting its errors. */
    public Type typeOf(String expr) {
        int n = ++count;
        String path = "<input " + n + ">";
        String prefix = "let _t" + n + " = ";
        SourceFile user = new SourceFile(path, expr);
        if (!isExpression(prefix, expr)) {
            Diagnostics d = new Diagnostics();
            parser.parse("_probe", user, d);
            if (d.sorted().isEmpty()) err.println("error: `" + expr.strip() + "` is not an expression");
            else err.print(new TextRenderer(color).render(d.sorted()));
            return null;
        }
        InteractiveSession.Input in = session.compile(new SourceFile(path, prefix + expr));
        if (!in.ok()) {
            err.print(new TextRenderer(color).render(remap(in.diagnostics(), user, prefix.length()).sorted()));
            return null;
        }
        for (Stmt s : in.attribution().module.items()) {
            if (s instanceof Stmt.Let l && in.attribution().symbols.get(l) instanceof Symbol.Global g) return g.type();
        }
        return null;
    }

    private boolean isExpression(String prefix, String text) {
        if (text.isBlank()) return false;
        Diagnostics d = new Diagnostics();
        Module m = parser.parse("_probe", new SourceFile("<probe>", prefix + text), d);
        return m != null && !d.hasErrors() && m.items().size() == 1 && m.items().get(0) instanceof Stmt.Let;
    }

    private boolean parses(SourceFile f) {
        Diagnostics d = new Diagnostics();
        return parser.parse("_probe", f, d) != null && !d.hasErrors();
    }

    /** Diagnostics of `let _itN = <input>` moved back onto the text the user typed. */
    private static Diagnostics remap(Diagnostics from, SourceFile user, int shift) {
        Diagnostics out = new Diagnostics();
        for (Diagnostic d : from.sorted()) {
            List<Diagnostic.Note> notes = new ArrayList<>();
            for (Diagnostic.Note note : d.notes()) notes.add(new Diagnostic.Note(move(note.span(), user, shift), note.label()));
            out.report(new Diagnostic(d.code(), move(d.span(), user, shift), d.message(), d.label(), d.help(), notes));
        }
        return out;
    }

    private static Span move(Span s, SourceFile user, int shift) {
        if (s == null || !s.file().path().equals(user.path()) || s.file() == user) return s;
        int len = user.text().length();
        int start = Math.max(0, Math.min(len, s.start() - shift));
        int end = Math.max(start, Math.min(len, s.end() - shift));
        return new Span(user, start, end);
    }

    // ------------------------------------------------------------------ what is in scope

    /** The names the next input sees, with their symbols; later definitions replace earlier ones. */
    public Map<String, Symbol> scope() {
        Map<String, Symbol> names = new LinkedHashMap<>();
        for (Attribution a : session.inputs()) {
            for (Map.Entry<String, Symbol> e : a.exports.entrySet()) {
                names.remove(e.getKey());
                names.put(e.getKey(), e.getValue());
            }
        }
        return names;
    }

    /** The current value of a top-level binding, or null when it cannot be read. */
    public Object valueOf(Symbol.Global g) {
        for (Attribution a : session.inputs()) {
            if (!a.module.name().equals(g.module())) continue;
            try {
                return session.classLoader().loadClass(JvmNames.moduleBinaryName(a.module.name()))
                        .getField(g.name()).get(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
        return null;
    }

    /** The type a symbol has as a value, or null. */
    public Type typeOf(Symbol s) {
        return s == null ? null : s.valueType();
    }

    /** The type of a dotted chain of names (`Synapse.stack`, `std.materials.CoFeB`), or null when it is not that simple. */
    public Type typeOfPath(String path) {
        return DottedPath.resolve(path, scope()::get, session::module, lib) instanceof Type t ? t : null;
    }

    /** The names a module path exports (`std.materials`, or an alias `mats`), or null when the path is no module. */
    public Map<String, Symbol> exportsOfPath(String path) {
        String[] parts = path.split("\\.", -1);
        if (!(scope().get(parts[0]) instanceof Symbol.ModuleName m)) return null;
        String module = m.name();
        for (int i = 1; i < parts.length; i++) module = module + "." + parts[i];
        Attribution a = session.module(module);
        return a == null ? null : a.exports;
    }
}
