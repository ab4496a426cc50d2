package org.metaspin.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets code that writes to a PrintStream write to picocli's configured writer. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') flush();
    }

    @Override
    public void flush() {
        writer.print(pending.toString(StandardCharsets.UTF_8));
        writer.flush();
        pending.reset();
    }
}
