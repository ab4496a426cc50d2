package org.metaspin.runtime.learn.data;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Reads the IDX format of LeCun's MNIST distribution: a big-endian magic (0x0803 for a
 * 3-dimensional unsigned-byte array, 0x0801 for labels), the dimension sizes, then the bytes.
 *
 * <p>The file is streamed (through gzip when it is compressed) straight into one byte per
 * value: reading holds the decoded data once, plus at most as much again while a gzip
 * stream of unknown length is collected. Errors name the file and what was expected, never
 * the file's bytes (an arbitrary file given as data must not be echoed back).
 */
final class IdxReader {
    private static final int IMAGES = 0x0803;
    private static final int LABELS = 0x0801;
    /** The largest array the JVM makes. */
    private static final long MAX = Integer.MAX_VALUE - 8;

    private IdxReader() {}

    /** Pixel values 0..255 (unsigned bytes), row-major; {@code width[0]} receives rows*cols. */
    static byte[] images(Path file, int[] width) {
        return read(file, IMAGES, 16, in -> {
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (n < 0 || rows <= 0 || cols <= 0) {
                throw RuntimeFailure.invalid("IDX image file " + file + " has an invalid header: expected a non-negative image count and positive sizes");
            }
            long need = (long) n * rows * cols;
            if (need > MAX) throw RuntimeFailure.invalid("IDX image file " + file + " promises " + need + " pixels, more than one array holds");
            byte[] x = values(in, file, 16, need, n + " images of " + rows + "x" + cols);
            width[0] = rows * cols;
            return x;
        });
    }

    static int[] labels(Path file) {
        return read(file, LABELS, 8, in -> {
            int n = in.readInt();
            if (n < 0) throw RuntimeFailure.invalid("IDX label file " + file + " has an invalid header: expected a non-negative label count");
            byte[] b = values(in, file, 8, n, n + " labels");
            int[] y = new int[n];
            for (int i = 0; i < n; i++) y[i] = b[i] & 0xff;
            return y;
        });
    }

    private interface Body<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Opens {@code file}, checks its magic and runs {@code body} on the rest; I/O trouble becomes R0004 or R0005 naming the file. */
    private static <T> T read(Path file, int magic, int headerBytes, Body<T> body) {
        try (InputStream raw = DataFiles.open(file); DataInputStream in = new DataInputStream(raw)) {
            header(in, file, magic);
            return body.read(in);
        } catch (EOFException e) {
            if (DataFiles.isGzip(file)) throw corrupt(file);
            throw RuntimeFailure.invalid("IDX " + kind(magic) + " file " + file + " is truncated: shorter than its " + headerBytes + "-byte header");
        } catch (ZipException e) {
            throw corrupt(file);
        } catch (IOException e) {
            throw DataFiles.unreadable(file, e);
        }
    }

    private static String kind(int magic) {
        return magic == IMAGES ? "image" : "label";
    }

    /**
     * The {@code need} bytes after a header of {@code headerBytes}. A plain file's size is
     * known, so they go straight into one array; a gzip stream's length is not, so a header
     * that promises more than the stream holds must not allocate what it promises: the bytes
     * are collected in chunks (at most twice the data while copying).
     */
    private static byte[] values(InputStream in, Path file, int headerBytes, long need, String promised) throws IOException {
        if (DataFiles.isGzip(file)) {
            byte[] b = in.readNBytes((int) need);
            if (b.length < need) throw truncated(file, promised, b.length + " bytes");
            return b;
        }
        long have = Files.size(file) - headerBytes;
        if (have < need) throw truncated(file, promised, have + " bytes");
        byte[] b = new byte[(int) need];
        int got = in.readNBytes(b, 0, b.length);
        if (got < need) throw truncated(file, promised, got + " bytes");
        return b;
    }

    private static void header(DataInputStream in, Path file, int magic) throws IOException {
        int m = in.readInt();
        if (m != magic) {
            throw RuntimeFailure.invalid(String.format("%s is not an IDX %s file: expected it to start with the magic number 0x%08x%s",
                    file, kind(magic), magic, m == (magic ^ IMAGES ^ LABELS) ? " (it is an IDX " + kind(m) + " file)" : ""));
        }
    }

    private static RuntimeFailure truncated(Path file, String promised, String found) {
        return RuntimeFailure.invalid("IDX file " + file + " is truncated: its header promises " + promised + ", " + found + " follow");
    }

    private static RuntimeFailure corrupt(Path file) {
        return RuntimeFailure.invalid("data file " + file + " is a truncated or corrupt gzip stream");
    }
}
