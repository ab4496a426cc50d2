package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rule of {@code --shard K/N}: point i belongs to part i mod N + 1 and to no other. */
class ShardTest {
    @Test
    void everyPointBelongsToExactlyOnePart() {
        for (int n = 1; n <= 9; n++) {
            for (int point = 0; point < 100; point++) {
                int owners = 0;
                for (int k = 1; k <= n; k++) {
                    if (new Shard(k, n).owns(point)) {
                        owners++;
                        assertEquals(point % n + 1, k);
                    }
                }
                assertEquals(1, owners, "point " + point + " of " + n + " parts");
            }
        }
    }

    @Test
    void partsAreReadFromTheCommandLineOrExplained() {
        assertEquals(new Shard(2, 8), Shard.parse("2/8"));
        assertEquals("2/8", Shard.parse(" 2 / 8 ").toString());
        assertNull(Shard.problem("1/1"));
        for (String bad : new String[] {"0/2", "3/2", "2", "x/2", "1/0", "-1/3"}) assertNotNull(Shard.problem(bad), bad);
    }
}
