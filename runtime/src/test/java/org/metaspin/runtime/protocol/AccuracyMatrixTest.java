package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccuracyMatrixTest {
    private static final double EPS = 1e-12;

    @Test
    void anEvaluateBeforeTheFirstTrainIsTheBaselineAndGivesFwt() {
        AccuracyMatrix m = new AccuracyMatrix();
        m.add(new double[] {0.1, 0.2, 0.3}, false);
        m.add(new double[] {0.9, 0.4, 0.35}, true);
        m.add(new double[] {0.7, 0.95, 0.5}, true);
        m.add(new double[] {0.6, 0.8, 0.97}, true);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        assertNull(m.metrics(metrics, missing));
        assertTrue(missing.isEmpty(), missing.toString());
        assertEquals(3, m.rows().size(), "the baseline is not a row of R");
        // acc = (0.6 + 0.8 + 0.97) / 3; bwt = ((0.6-0.9) + (0.8-0.95)) / 2
        assertEquals((0.6 + 0.8 + 0.97) / 3, (double) metrics.get("acc"), EPS);
        assertEquals(((0.6 - 0.9) + (0.8 - 0.95)) / 2, (double) metrics.get("bwt"), EPS);
        // forgetting = ((max(0.9, 0.7) - 0.6) + (max(0.4, 0.95) - 0.8)) / 2
        assertEquals(((0.9 - 0.6) + (0.95 - 0.8)) / 2, (double) metrics.get("forgetting"), EPS);
        // fwt = ((R[0][1] - b1) + (R[1][2] - b2)) / 2 = ((0.4-0.2) + (0.5-0.3)) / 2
        assertEquals(((0.4 - 0.2) + (0.5 - 0.3)) / 2, (double) metrics.get("fwt"), EPS);
        assertTrue(m.csv().startsWith("after,task0,task1,task2\nbaseline,0.1,0.2,0.3\n0,0.9,"), m.csv());
    }

    @Test
    void withoutABaselineFwtIsNamedAsMissingWithItsReason() {
        AccuracyMatrix m = new AccuracyMatrix();
        m.add(new double[] {0.9, 0.1}, true);
        m.add(new double[] {0.8, 0.9}, true);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        m.metrics(metrics, missing);
        assertFalse(metrics.containsKey("fwt"));
        assertTrue(missing.get("fwt").contains("baseline"), missing.toString());
        assertEquals(-0.1, (double) metrics.get("bwt"), EPS);
    }

    @Test
    void aMatrixWithFewerRowsThanTasksUsesItsRowsAndSaysSo() {
        AccuracyMatrix m = new AccuracyMatrix();
        m.add(new double[] {0.9, 0.1, 0.1}, true);
        m.add(new double[] {0.7, 0.9, 0.2}, true);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        String note = m.metrics(metrics, missing);
        assertNotNull(note);
        assertTrue(note.contains("2 rows for 3 tasks"), note);
        assertEquals((0.7 + 0.9 + 0.2) / 3, (double) metrics.get("acc"), EPS);
        assertEquals(0.7 - 0.9, (double) metrics.get("bwt"), EPS);
        assertEquals(0.9 - 0.7, (double) metrics.get("forgetting"), EPS);
    }

    @Test
    void oneRowOfSeveralTasksNamesTheMetricsItCannotCompute() {
        AccuracyMatrix m = new AccuracyMatrix();
        m.add(new double[] {0.9, 0.1}, true);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        m.metrics(metrics, missing);
        assertEquals(0.5, (double) metrics.get("acc"), EPS);
        assertTrue(missing.keySet().containsAll(java.util.List.of("bwt", "forgetting", "fwt")), missing.toString());
    }
}
