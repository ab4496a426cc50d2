package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Dataset;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;

class TasksTest {
    private final Dataset digits = DataBuiltins.digits();

    @Test
    void permutedTasks() {
        Task[] t = TaskBuiltins.permuted(digits, 3, 7);
        assertEquals("permuted 0", t[0].name());
        assertEquals("permuted 2", t[2].name());
        assertSame(digits.trainSamples(), t[0].trainSamples());
        assertFalse(Arrays.equals(t[1].trainSamples().features(), t[2].trainSamples().features()));
        // Same permutation for train and test, and the same for the same seed.
        Task[] again = TaskBuiltins.permuted(digits, 3, 7);
        assertArrayEquals(t[1].testSamples().features(), again[1].testSamples().features());
        float[] sorted0 = Arrays.copyOf(digits.trainSamples().features(), 64);
        float[] sorted1 = Arrays.copyOf(t[1].trainSamples().features(), 64);
        Arrays.sort(sorted0);
        Arrays.sort(sorted1);
        assertArrayEquals(sorted0, sorted1);
    }

    @Test
    void splitTasks() {
        Task[] t = TaskBuiltins.split(digits, 2);
        assertEquals(5, t.length);
        assertEquals("split 0-1", t[0].name());
        assertEquals("split 8-9", t[4].name());
        for (int y : t[1].trainSamples().y) assertEquals(true, y == 2 || y == 3);
        Task[] uneven = TaskBuiltins.split(digits, 4);
        assertEquals("split 8-9", uneven[2].name());
        assertEquals("split 9", TaskBuiltins.split(digits, 1)[9].name());
    }

    @Test
    void streamTasks() {
        Task[] t = TaskBuiltins.stream(digits, 4);
        assertEquals("stream 3", t[3].name());
        assertEquals(1437, Arrays.stream(t).mapToLong(Task::trainCount).sum());
        assertEquals(360, t[0].testCount());
        assertEquals(360, t[0].trainCount()); // 1437 = 360 + 359 * 3
        assertEquals(359, t[3].trainCount());
    }

    @Test
    void sequenceOfDatasets() {
        Task[] t = TaskBuiltins.sequence(digits, digits);
        assertEquals("digits", t[1].name());
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> TaskBuiltins.sequence(digits, DataBuiltins.breast_cancer()));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
    }
}
