package org.metaspin.runtime.learn.data;

import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;

/** A labelled data set split into training and test samples, already standardized. */
@DomainType(name = "Dataset", doc = "A labelled data set with a training and a test part, standardized with the training "
        + "part's per-feature mean and standard deviation. Members: name, inputs, classes, train and test (sample counts).")
public final class Dataset {
    private final String name;
    private final int classes;
    private final Samples train;
    private final Samples test;

    public Dataset(String name, int classes, Samples train, Samples test) {
        if (train.d != test.d) throw new IllegalArgumentException("train and test differ in width");
        this.name = name;
        this.classes = classes;
        this.train = train;
        this.test = test;
    }

    /**
     * Builds a data set from raw features: standardized with the training rows' statistics.
     * The split is the caller's; {@link DataSplit} holds the rule of §10.1.
     */
    static Dataset standardized(String name, int classes, double[] trainX, int[] trainY, double[] testX, int[] testY, int d) {
        float[][] std = Standardizer.apply(trainX, testX, d);
        return new Dataset(name, classes, new Samples(std[0], trainY, d), new Samples(std[1], testY, d));
    }

    /**
     * As {@link #standardized(String, int, double[], int[], double[], int[], int)} for raw
     * unsigned bytes (IDX pixels), which the samples keep as they are, with the table of their
     * standardized values ({@link Samples#coded}).
     */
    static Dataset standardized(String name, int classes, byte[] trainX, int[] trainY, byte[] testX, int[] testY, int d) {
        float[] table = Standardizer.table(trainX, d);
        return new Dataset(name, classes, Samples.coded(trainX, table, trainY, d), Samples.coded(testX, table, testY, d));
    }

    @Prop(doc = "The data set's name, e.g. \"digits\".")
    public String name() { return name; }

    @Prop(doc = "Number of input features.")
    public long inputs() { return train.d; }

    @Prop(doc = "Number of classes (labels are 0 .. classes - 1).")
    public long classes() { return classes; }

    @Prop(name = "train", doc = "Number of training samples.")
    public long trainCount() { return train.n; }

    @Prop(name = "test", doc = "Number of test samples.")
    public long testCount() { return test.n; }

    public Samples trainSamples() { return train; }

    public Samples testSamples() { return test; }

    public int width() { return train.d; }

    public int classCount() { return classes; }

    @Override
    public String toString() { return "Dataset " + name + " (" + train.n + " train, " + test.n + " test, " + train.d + " inputs, " + classes + " classes)"; }
}
