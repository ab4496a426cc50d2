package org.metaspin.runtime.learn.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.learn.Phases;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;

/** The data-set builtins of §10.1. */
public final class DataBuiltins {
    private DataBuiltins() {}

    private static final String RES = "/org/metaspin/runtime/learn/data/";
    // Data sets are immutable; a sweep's parallel runs share one parsed copy.
    private static final ConcurrentHashMap<String, Dataset> CACHE = new ConcurrentHashMap<>();

    private static Dataset cached(String key, Supplier<Dataset> load) {
        Dataset d = CACHE.get(key);
        if (d != null) return d;
        long t = Phases.start();
        d = load.get();
        Phases.DATA.add(t, d.trainCount() + d.testCount());
        Dataset prev = CACHE.putIfAbsent(key, d);
        return prev != null ? prev : d;
    }

    @Builtin(doc = "8x8 handwritten digits (Alpaydin and Kaynak, UCI, CC BY 4.0): 1797 samples, 64 inputs, "
            + "10 classes, shipped with the runtime. Test set: every sample whose index is a multiple of 5.")
    public static Dataset digits() {
        return cached("digits", () -> {
            CsvTable t = CsvTable.parse(DataFiles.resource(RES + "digits.csv.gz"), false, "digits.csv.gz");
            return DataSplit.byIndex("digits", t.features, t.labels, t.width);
        });
    }

    @Builtin(doc = "Breast Cancer Wisconsin (Diagnostic) (Wolberg et al., UCI, CC BY 4.0): 569 samples, 30 features, "
            + "2 classes (0 malignant, 1 benign), shipped. Test set: every sample whose index is a multiple of 5.")
    public static Dataset breast_cancer() {
        return cached("breast_cancer", () -> {
            CsvTable t = CsvTable.parse(DataFiles.resource(RES + "breast_cancer.csv"), true, "breast_cancer.csv");
            return DataSplit.byIndex("breast_cancer", t.features, t.labels, t.width);
        });
    }

    @Builtin(doc = "A data set from four MNIST-format (IDX) files, gzip-compressed or not: training images and labels, "
            + "test images and labels. Pixels are standardized with the training images' statistics.")
    public static Dataset idx(@Param(name = "images") String images, @Param(name = "labels") String labels,
                              @Param(name = "testImages") String testImages, @Param(name = "testLabels") String testLabels) {
        Path p = Path.of(images);
        return load(p.getFileName().toString(), p, Path.of(labels), Path.of(testImages), Path.of(testLabels));
    }

    @Builtin(doc = "MNIST from a directory holding the four standard files (train-images-idx3-ubyte, "
            + "train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each optionally .gz).")
    public static Dataset mnist(@Param(name = "dir") String dir) {
        return standard("mnist", dir);
    }

    @Builtin(doc = "Fashion-MNIST from a directory holding the four standard MNIST-format files "
            + "(Debian's dataset-fashion-mnist installs them under /usr/share/datasets/fashion-mnist).")
    public static Dataset fashion_mnist(@Param(name = "dir") String dir) {
        return standard("fashion_mnist", dir);
    }

    private static Dataset standard(String name, String dir) {
        Path d = Path.of(dir);
        if (!Files.isDirectory(d)) throw RuntimeFailure.file(name + ": directory not found: " + dir);
        return load(name, find(d, "train-images-idx3-ubyte"), find(d, "train-labels-idx1-ubyte"),
                find(d, "t10k-images-idx3-ubyte"), find(d, "t10k-labels-idx1-ubyte"));
    }

    private static Path find(Path dir, String base) {
        Path plain = dir.resolve(base);
        Path gz = dir.resolve(base + ".gz");
        if (Files.isRegularFile(gz)) return gz;
        if (Files.isRegularFile(plain)) return plain;
        throw RuntimeFailure.file("data file not found: " + gz + " (nor " + plain + ")");
    }

    private static Dataset load(String name, Path images, Path labels, Path testImages, Path testLabels) {
        // the name is part of the data set (mnist(dir) and idx(…) of the same files differ by name);
        // the files' times make a changed file load again in a long session
        StringBuilder key = new StringBuilder(name);
        for (Path p : new Path[] {images, labels, testImages, testLabels}) {
            key.append('|').append(p.toAbsolutePath()).append('@').append(p.toFile().lastModified());
        }
        return cached(key.toString(), () -> {
            int[] w = new int[1];
            int[] wt = new int[1];
            byte[] x = IdxReader.images(images, w);
            int[] y = IdxReader.labels(labels);
            byte[] tx = IdxReader.images(testImages, wt);
            int[] ty = IdxReader.labels(testLabels);
            if (x.length / w[0] != y.length) {
                throw RuntimeFailure.invalid(images + " holds " + x.length / w[0] + " images but " + labels + " " + y.length + " labels");
            }
            if (tx.length / wt[0] != ty.length) {
                throw RuntimeFailure.invalid(testImages + " holds " + tx.length / wt[0] + " images but " + testLabels + " " + ty.length + " labels");
            }
            if (w[0] != wt[0]) throw RuntimeFailure.invalid(testImages + " has images of " + wt[0] + " pixels, " + images + " of " + w[0]);
            return Dataset.standardized(name, DataSplit.classCount(y, ty), x, y, tx, ty, w[0]);
        });
    }
}
