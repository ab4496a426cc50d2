package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Dataset;
import org.metaspin.runtime.learn.data.Samples;

class DataTest {
    @TempDir
    Path dir;

    @Test
    void digitsFollowTheSplitRule() {
        Dataset d = DataBuiltins.digits();
        assertEquals(64, d.inputs());
        assertEquals(10, d.classes());
        assertEquals(360, d.testCount()); // indices 0, 5, …, 1795
        assertEquals(1437, d.trainCount());
        assertEquals("digits", d.name());
        // Sample 0 of the file is a 0 and a test sample; sample 1 (a 1) is the first training sample.
        assertEquals(0, d.testSamples().y[0]);
        assertEquals(1, d.trainSamples().y[0]);
    }

    @Test
    void standardizedWithTrainingStatistics() {
        Samples tr = DataBuiltins.digits().trainSamples();
        float[] x = tr.features();
        for (int j = 0; j < tr.d; j++) {
            double m = 0;
            double v = 0;
            for (int i = 0; i < tr.n; i++) m += x[i * tr.d + j];
            m /= tr.n;
            for (int i = 0; i < tr.n; i++) v += Math.pow(x[i * tr.d + j] - m, 2);
            v /= tr.n;
            assertEquals(0, m, 1e-4, "mean of feature " + j);
            // Pixel 0 is blank in every image: no variance, only centered.
            assertTrue(Math.abs(v - 1) < 1e-3 || v < 1e-9, "variance of feature " + j + " = " + v);
        }
    }

    @Test
    void breastCancer() {
        Dataset d = DataBuiltins.breast_cancer();
        assertEquals(30, d.inputs());
        assertEquals(2, d.classes());
        assertEquals(114, d.testCount());
        assertEquals(455, d.trainCount());
    }

    @Test
    void readsIdxPlainAndGzip() throws IOException {
        byte[] images = idxImages(7, 2, 3);
        byte[] labels = idxLabels(7);
        Path dirMnist = Files.createDirectories(dir.resolve("m"));
        Files.write(dirMnist.resolve("train-images-idx3-ubyte.gz"), gzip(images));
        Files.write(dirMnist.resolve("train-labels-idx1-ubyte"), labels);
        Files.write(dirMnist.resolve("t10k-images-idx3-ubyte"), images);
        Files.write(dirMnist.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels));
        Dataset d = DataBuiltins.mnist(dirMnist.toString());
        assertEquals(6, d.inputs());
        assertEquals(7, d.trainCount());
        assertEquals(7, d.testCount());
        assertEquals(3, d.classes());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2, 0}, d.testSamples().y);
        // Same images on both sides: the test set standardizes to the same values as training.
        assertArrayEquals(d.trainSamples().features(), d.testSamples().features(), 1e-6f);
    }

    @Test
    void missingFileIsR0004NamingIt() {
        Path missing = dir.resolve("nothing-here");
        RuntimeFailure f = assertThrows(RuntimeFailure.class,
                () -> DataBuiltins.idx(missing.toString(), missing.toString(), missing.toString(), missing.toString()));
        assertEquals(RuntimeFailure.Code.R0004, f.code());
        assertTrue(f.getMessage().contains("nothing-here"), f.getMessage());
        assertEquals(RuntimeFailure.Code.R0004,
                assertThrows(RuntimeFailure.class, () -> DataBuiltins.fashion_mnist(dir.resolve("no-dir").toString())).code());
    }

    @Test
    void truncatedOrWrongFormatIsR0005NamingTheFile() throws IOException {
        byte[] images = idxImages(7, 2, 3);
        Path cut = dir.resolve("cut-images");
        Files.write(cut, java.util.Arrays.copyOf(images, images.length - 3));
        Path lab = dir.resolve("labels");
        Files.write(lab, idxLabels(7));
        RuntimeFailure f = assertThrows(RuntimeFailure.class,
                () -> DataBuiltins.idx(cut.toString(), lab.toString(), cut.toString(), lab.toString()));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("cut-images"), f.getMessage());

        Path text = dir.resolve("not-idx.txt");
        Files.writeString(text, "hello, this is not an IDX file at all");
        f = assertThrows(RuntimeFailure.class, () -> DataBuiltins.idx(text.toString(), lab.toString(), text.toString(), lab.toString()));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("not-idx.txt"), f.getMessage());

        Path badGz = dir.resolve("bad.gz");
        byte[] gz = gzip(images);
        Files.write(badGz, java.util.Arrays.copyOf(gz, gz.length / 2));
        f = assertThrows(RuntimeFailure.class, () -> DataBuiltins.idx(badGz.toString(), lab.toString(), badGz.toString(), lab.toString()));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("bad.gz"), f.getMessage());
    }

    static byte[] idxImages(int n, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + n * rows * cols);
        b.putInt(0x0803).putInt(n).putInt(rows).putInt(cols);
        for (int i = 0; i < n * rows * cols; i++) b.put((byte) ((i * 37) % 256));
        return b.array();
    }

    static byte[] idxLabels(int n) {
        ByteBuffer b = ByteBuffer.allocate(8 + n);
        b.putInt(0x0801).putInt(n);
        for (int i = 0; i < n; i++) b.put((byte) (i % 3));
        return b.array();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bos)) {
            out.write(data);
        }
        return bos.toByteArray();
    }
}
