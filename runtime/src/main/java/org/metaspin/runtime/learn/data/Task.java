package org.metaspin.runtime.learn.data;

import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;

/** One task of a continual-learning sequence: its own training samples and test samples. */
@DomainType(name = "Task", doc = "One task of a continual-learning sequence. Members: name, train and test (sample counts), "
        + "inputs, classes.")
public final class Task {
    private final String name;
    private final int classes;
    private final Samples train;
    private final Samples test;

    public Task(String name, int classes, Samples train, Samples test) {
        this.name = name;
        this.classes = classes;
        this.train = train;
        this.test = test;
    }

    @Prop(doc = "The task's name: \"permuted 0\", \"split 0-1\", \"stream 3\" or a data set's name.")
    public String name() { return name; }

    @Prop(name = "train", doc = "Number of training samples.")
    public long trainCount() { return train.n; }

    @Prop(name = "test", doc = "Number of test samples.")
    public long testCount() { return test.n; }

    @Prop(doc = "Number of input features.")
    public long inputs() { return train.d; }

    @Prop(doc = "Number of classes of the data set the task comes from (labels keep their values).")
    public long classes() { return classes; }

    public Samples trainSamples() { return train; }

    public Samples testSamples() { return test; }

    public int width() { return train.d; }

    public int classCount() { return classes; }

    @Override
    public String toString() { return "Task " + name; }
}
