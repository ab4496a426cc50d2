package org.metaspin.runtime.learn.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.metaspin.runtime.api.RuntimeFailure;

/** Opens data files, transparently gunzipping, and turns I/O trouble into R0004. */
final class DataFiles {
    private DataFiles() {}

    /**
     * A stream of {@code file}'s content, decompressed if it starts with the gzip magic; for
     * readers that decode as they go rather than holding the file's bytes.
     */
    static InputStream open(Path file) {
        if (!Files.isRegularFile(file)) throw RuntimeFailure.file("data file not found: " + file);
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return isGzip(file) ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Whether {@code file} starts with the gzip magic 1f 8b. */
    static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static RuntimeFailure unreadable(Path file, IOException e) {
        return new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot read data file " + file + ": " + e.getMessage(), e);
    }

    /** A resource shipped in the runtime jar. */
    static byte[] resource(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) throw RuntimeFailure.file("built-in data file missing from the runtime: " + name);
            return decompressIfGzip(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new RuntimeFailure(RuntimeFailure.Code.R0004, "cannot read built-in data " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] decompressIfGzip(byte[] bytes, String what) throws IOException {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) return bytes;
        try (InputStream gz = new GZIPInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(bytes)))) {
            return gz.readAllBytes();
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw RuntimeFailure.invalid("data file " + what + " is a truncated or corrupt gzip stream");
        }
    }
}
