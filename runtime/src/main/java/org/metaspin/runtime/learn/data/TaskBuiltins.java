package org.metaspin.runtime.learn.data;

import java.util.ArrayList;
import java.util.List;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.random.RandomStream;

/** The task-sequence builtins of §10.1. */
public final class TaskBuiltins {
    private TaskBuiltins() {}

    /** Key of the permutation streams: a fixed constant so permutations depend only on (seed, k). */
    private static final long KEY_PERMUTE = 0x5045524dL;

    @Builtin(doc = "Permuted tasks: task 0 is the data set itself, task k (k >= 1) applies a fixed random permutation, "
            + "drawn from `seed` and k, to the inputs of every sample. Names \"permuted 0\", \"permuted 1\", ….")
    public static Task[] permuted(@Param(name = "ds") Dataset ds, @Param(name = "count", check = ">= 1") long count,
                                  @Param(name = "seed", def = "1") long seed) {
        if (count < 1) throw RuntimeFailure.invalid("permuted: count must be at least 1, got " + count);
        Task[] out = new Task[(int) count];
        int d = ds.width();
        for (int k = 0; k < count; k++) {
            Samples tr = ds.trainSamples();
            Samples te = ds.testSamples();
            if (k > 0) {
                int[] perm = RandomStream.of(seed, KEY_PERMUTE, k).permutation(d);
                tr = tr.permuteFeatures(perm);
                te = te.permuteFeatures(perm);
            }
            out[k] = new Task("permuted " + k, ds.classCount(), tr, te);
        }
        return out;
    }

    @Builtin(doc = "Split tasks: the classes in order, `perTask` classes per task (the last task may have fewer). "
            + "Labels keep their values, so one output layer serves all tasks. Names \"split 0-1\", \"split 2-3\", … "
            + "(\"split 4\" for a task of one class).")
    public static Task[] split(@Param(name = "ds") Dataset ds, @Param(name = "perTask", check = ">= 1") long perTask) {
        if (perTask < 1) throw RuntimeFailure.invalid("split: perTask must be at least 1, got " + perTask);
        int classes = ds.classCount();
        List<Task> out = new ArrayList<>();
        for (int lo = 0; lo < classes; lo += (int) perTask) {
            int hi = (int) Math.min(classes, lo + perTask);
            String name = hi - lo == 1 ? "split " + lo : "split " + lo + "-" + (hi - 1);
            out.add(new Task(name, classes, select(ds.trainSamples(), lo, hi), select(ds.testSamples(), lo, hi)));
        }
        return out.toArray(new Task[0]);
    }

    @Builtin(doc = "Stream tasks: the training set cut into `parts` consecutive subsets of equal size (the first ones "
            + "take one sample more when it does not divide), all with the full test set. Names \"stream 0\", ….")
    public static Task[] stream(@Param(name = "ds") Dataset ds, @Param(name = "parts", check = ">= 1") long parts) {
        Samples tr = ds.trainSamples();
        if (parts < 1 || parts > tr.n) throw RuntimeFailure.invalid("stream: parts must be between 1 and " + tr.n + ", got " + parts);
        Task[] out = new Task[(int) parts];
        int base = tr.n / (int) parts;
        int extra = tr.n % (int) parts;
        int start = 0;
        for (int k = 0; k < parts; k++) {
            int size = base + (k < extra ? 1 : 0);
            int[] rows = new int[size];
            for (int i = 0; i < size; i++) rows[i] = start + i;
            start += size;
            out[k] = new Task("stream " + k, ds.classCount(), tr.rows(rows), ds.testSamples());
        }
        return out;
    }

    @Builtin(doc = "One task per data set, in the order given, named after the data set. All data sets must have "
            + "the same number of inputs. Variadic: sequence(ds1, ds2, …).")
    public static Task[] sequence(@Param(name = "datasets") Dataset... datasets) {
        if (datasets.length == 0) throw RuntimeFailure.invalid("sequence: needs at least one data set");
        Task[] out = new Task[datasets.length];
        for (int i = 0; i < datasets.length; i++) {
            Dataset ds = datasets[i];
            if (ds.width() != datasets[0].width()) {
                throw RuntimeFailure.invalid("sequence: " + ds.name() + " has " + ds.width() + " inputs but "
                        + datasets[0].name() + " has " + datasets[0].width());
            }
            out[i] = new Task(ds.name(), ds.classCount(), ds.trainSamples(), ds.testSamples());
        }
        return out;
    }

    private static Samples select(Samples s, int lo, int hi) {
        int count = 0;
        for (int v : s.y) if (v >= lo && v < hi) count++;
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < s.n; i++) if (s.y[i] >= lo && s.y[i] < hi) rows[k++] = i;
        return s.rows(rows);
    }
}
