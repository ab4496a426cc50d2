package org.metaspin.bench.learn;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a Fashion-MNIST stand-in in the four standard IDX files (60,000 training and 10,000
 * test images of 28 x 28 unsigned bytes, labels 0..9), for the training benchmark where the
 * real data set is not installed: the same sizes, so the same decoding and training work.
 * Each class is a random prototype image plus noise, so the networks have something to learn.
 * Usage: {@code java -cp benchmarks.jar org.metaspin.bench.learn.SyntheticIdx DIR}.
 */
public final class SyntheticIdx {
    private static final int SIDE = 28;
    private static final int CLASSES = 10;

    private SyntheticIdx() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        SplittableRandom r = new SplittableRandom(17);
        int[][] protos = new int[CLASSES][SIDE * SIDE];
        for (int[] p : protos) for (int i = 0; i < p.length; i++) p[i] = r.nextInt(256);
        write(dir, "train", 60_000, protos, r);
        write(dir, "t10k", 10_000, protos, r);
    }

    private static void write(Path dir, String prefix, int n, int[][] protos, SplittableRandom r) throws IOException {
        byte[] labels = new byte[n];
        try (DataOutputStream img = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte")), 1 << 16))) {
            img.writeInt(0x0803);
            img.writeInt(n);
            img.writeInt(SIDE);
            img.writeInt(SIDE);
            for (int s = 0; s < n; s++) {
                int c = r.nextInt(CLASSES);
                labels[s] = (byte) c;
                for (int v : protos[c]) img.write(Math.max(0, Math.min(255, v + r.nextInt(161) - 80)));
            }
        }
        try (DataOutputStream lab = new DataOutputStream(Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte")))) {
            lab.writeInt(0x0801);
            lab.writeInt(n);
            lab.write(labels);
        }
    }
}
