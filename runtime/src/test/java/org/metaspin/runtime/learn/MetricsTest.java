package org.metaspin.runtime.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.learn.train.Metrics;

class MetricsTest {
    // R[i][j]: accuracy on task j after training task i.
    private static final double[][] R = {
        {0.90, 0.20, 0.10},
        {0.70, 0.80, 0.15},
        {0.60, 0.50, 0.95},
    };

    @Test
    void matchHandComputedValues() {
        assertEquals((0.60 + 0.50 + 0.95) / 3, Metrics.acc(R), 1e-12);
        // ((0.60 - 0.90) + (0.50 - 0.80)) / 2
        assertEquals(-0.30, Metrics.bwt(R), 1e-12);
        // task 0: max(0.90, 0.70) - 0.60 = 0.30; task 1: max(0.20, 0.80) - 0.50 = 0.30
        assertEquals(0.30, Metrics.forgetting(R), 1e-12);
        // ((0.20 - 0.12) + (0.15 - 0.05)) / 2
        assertEquals(0.09, Metrics.fwt(R, new double[] {0.11, 0.12, 0.05}), 1e-12);
    }

    @Test
    void oneTaskHasNoTransfer() {
        double[][] one = {{0.8}};
        assertEquals(0.8, Metrics.acc(one), 0);
        assertEquals(0, Metrics.bwt(one), 0);
        assertEquals(0, Metrics.forgetting(one), 0);
        assertEquals(0, Metrics.fwt(one, new double[] {0.1}), 0);
    }

    @Test
    void aMatrixWithFewerRowsThanTasksUsesTheRowsThatExist() {
        // §10.4: two tasks trained of three; the last row is the final state
        double[][] r = {{0.9, 0.1, 0.2}, {0.6, 0.8, 0.3}};
        assertEquals((0.6 + 0.8 + 0.3) / 3, Metrics.acc(r), 1e-12);
        // bwt over j < min(2, 3) - 1 = 1: R[1][0] - R[0][0]
        assertEquals(0.6 - 0.9, Metrics.bwt(r), 1e-12);
        assertEquals(0.9 - 0.6, Metrics.forgetting(r), 1e-12);
        // fwt over 1 <= j <= min(2, 2): (R[0][1] - b1 + R[1][2] - b2) / 2
        assertEquals(((0.1 - 0.1) + (0.3 - 0.2)) / 2, Metrics.fwt(r, new double[] {0.1, 0.1, 0.2}), 1e-12);
    }

    @Test
    void whatHasNothingToAverageIsR0005WithTheReason() {
        double[][] one = {{0.1, 0.2}};
        assertEquals(0.15, Metrics.acc(one), 1e-12);
        RuntimeFailure f = assertThrows(RuntimeFailure.class, () -> Metrics.bwt(one));
        assertEquals(RuntimeFailure.Code.R0005, f.code());
        assertTrue(f.getMessage().contains("no earlier task"), f.getMessage());
        assertThrows(RuntimeFailure.class, () -> Metrics.fwt(R, new double[] {0.1}));
        assertThrows(RuntimeFailure.class, () -> Metrics.acc(new double[0][]));
    }
}
