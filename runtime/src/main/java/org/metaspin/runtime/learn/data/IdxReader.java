package org.metaspin.runtime.learn.data;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.metaspin.runtime.api.RuntimeFailure;

/**
 * Reads the IDX format of LeCun's MNIST distribution: a big-endian magic (0x0803 for a
 * 3-dimensional unsigned-byte array, 0x0801 for labels), the dimension sizes, then the bytes.
 */
final class IdxReader {
    private IdxReader() {}

    /** Images as raw pixel values 0..255, row-major; {@code width[0]} receives rows*cols. */
    static double[] images(Path file, int[] width) {
        ByteBuffer b = ByteBuffer.wrap(DataFiles.read(file));
        header(b, file, 0x0803, 16);
        int n = b.getInt();
        int rows = b.getInt();
        int cols = b.getInt();
        long need = (long) n * rows * cols;
        if (n < 0 || rows <= 0 || cols <= 0 || b.remaining() < need) {
            throw RuntimeFailure.invalid("IDX image file " + file + " is truncated: header promises " + n + " images of "
                    + rows + "x" + cols + ", " + b.remaining() + " bytes follow");
        }
        width[0] = rows * cols;
        double[] x = new double[(int) need];
        for (int i = 0; i < x.length; i++) x[i] = b.get() & 0xff;
        return x;
    }

    static int[] labels(Path file) {
        ByteBuffer b = ByteBuffer.wrap(DataFiles.read(file));
        header(b, file, 0x0801, 8);
        int n = b.getInt();
        if (n < 0 || b.remaining() < n) {
            throw RuntimeFailure.invalid("IDX label file " + file + " is truncated: header promises " + n + " labels, "
                    + b.remaining() + " bytes follow");
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) y[i] = b.get() & 0xff;
        return y;
    }

    private static void header(ByteBuffer b, Path file, int magic, int headerBytes) {
        if (b.remaining() < headerBytes) throw RuntimeFailure.invalid("IDX file " + file + " is truncated: shorter than its header");
        int m = b.getInt();
        if (m != magic) {
            throw RuntimeFailure.invalid(String.format("%s is not an IDX %s file (magic 0x%08x, expected 0x%08x)",
                    file, magic == 0x0803 ? "image" : "label", m, magic));
        }
    }
}
