package org.metaspin.runtime.learn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.runtime.api.RuntimeFailure;

/** IDX files are streamed into one byte per value, and errors never echo a file's bytes. */
class IdxStreamingTest {
    private static final int N = 10_000;
    private static final int SIDE = 28;

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotIdxIsNamedButNotQuoted() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\n", StandardCharsets.US_ASCII);
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> IdxReader.images(passwd, new int[1]));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains(passwd.toString()) && f.getMessage().contains("0x00000803"), f.getMessage());
        assertFalse(f.getMessage().contains("726f6f74") || f.getMessage().contains("root:"), f.getMessage());
        f = assertThrows(RuntimeFailure.class, () -> IdxReader.labels(passwd));
        assertFalse(f.getMessage().contains("726f6f74"), f.getMessage());
    }

    @Test
    void labelsGivenForImagesSaySo() throws IOException {
        Path labels = dir.resolve("labels");
        Files.write(labels, ByteBuffer.allocate(9).putInt(0x0801).putInt(1).put((byte) 3).array());
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> IdxReader.images(labels, new int[1]));
        assertTrue(f.getMessage().contains("it is an IDX label file"), f.getMessage());
    }

    @Test
    void aHeaderPromisingMoreThanTheFileHoldsIsTruncatedNotAnAllocation() throws IOException {
        Path liar = dir.resolve("liar");
        Files.write(liar, ByteBuffer.allocate(20).putInt(0x0803).putInt(2_000_000_000).putInt(1).putInt(1).array());
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> IdxReader.images(liar, new int[1]));
        assertTrue(f.getMessage().contains("truncated"), f.getMessage());
        Path gz = dir.resolve("liar.gz");
        Files.write(gz, gzip(Files.readAllBytes(liar)));
        f = assertThrows(RuntimeFailure.class, () -> IdxReader.images(gz, new int[1]));
        assertTrue(f.getMessage().contains("truncated"), f.getMessage());
    }

    @Test
    void readingAllocatesAboutTheDecodedData() throws IOException {
        byte[] idx = images();
        long decoded = (long) N * SIDE * SIDE;
        Path plain = dir.resolve("images");
        Files.write(plain, idx);
        Path gz = dir.resolve("images.gz");
        Files.write(gz, gzip(idx));

        int[] w = new int[1];
        IdxReader.images(plain, w); // load the classes first
        long plainBytes = allocatedWhile(() -> IdxReader.images(plain, w));
        long gzBytes = allocatedWhile(() -> IdxReader.images(gz, w));
        // the old reader held the file, its decompressed copy and a double per pixel: over 10x
        assertTrue(plainBytes < 1.2 * decoded, "plain: " + plainBytes + " bytes allocated for " + decoded);
        assertTrue(gzBytes < 3 * decoded, "gzip: " + gzBytes + " bytes allocated for " + decoded);
        assertEquals(SIDE * SIDE, w[0]);
        byte[] x = IdxReader.images(gz, w);
        assertArrayEquals(java.util.Arrays.copyOfRange(idx, 16, idx.length), x);
    }

    private static long allocatedWhile(Runnable r) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        r.run();
        return mx.getThreadAllocatedBytes(id) - before;
    }

    private static byte[] images() {
        ByteBuffer b = ByteBuffer.allocate(16 + N * SIDE * SIDE);
        b.putInt(0x0803).putInt(N).putInt(SIDE).putInt(SIDE);
        for (int i = 0; i < N * SIDE * SIDE; i++) b.put((byte) ((i * 2654435761L >>> 13) & 0xff));
        return b.array();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bos)) {
            out.write(data);
        }
        return bos.toByteArray();
    }
}
