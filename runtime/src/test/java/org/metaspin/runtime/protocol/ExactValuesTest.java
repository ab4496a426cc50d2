package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.lang.Json;
import org.metaspin.runtime.random.RandomStream;
import org.metaspin.runtime.units.Dimension;

/**
 * What a sharded sweep's record keeps of its values and results comes back bit for bit, so
 * the merged summary is the whole sweep's; a value shown in a display unit and read back
 * (what run.json keeps) would not always.
 */
class ExactValuesTest {
    private static final long[] DIMS = {0, Dimension.LENGTH.pack(), Dimension.CURRENT.pack(), Dimension.MASS.pack(),
        Dimension.LENGTH.times(Dimension.CURRENT).pack(), Dimension.TIME.pack()};

    @Test
    void resultsComeBackBitForBitWhereTheDisplayUnitsDoNot() {
        RandomStream r = RandomStream.of(42);
        int displayDiffers = 0;
        for (int i = 0; i < 20_000; i++) {
            long dim = DIMS[i % DIMS.length];
            double si = (r.nextDouble() - 0.3) * Math.pow(10, -15 + r.nextInt(20));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", new Measure(si, dim));
            m.put("acc", si);
            String text = Json.write(ExactValues.results(m), false);
            Map<String, Object> back = ExactValues.readResults(JsonParser.parseString(text).getAsJsonObject());
            double siBack = dim == 0 ? (Double) back.get("a") : ((Measure) back.get("a")).si();
            assertEquals(Double.doubleToRawLongBits(si), Double.doubleToRawLongBits(siBack), text);
            if (dim != 0) assertEquals(dim, ((Measure) back.get("a")).dim());
            assertEquals(si, (Double) back.get("acc"));
            if (dim != 0) {
                Map<?, ?> shown = (Map<?, ?>) new Measure(si, dim).json();
                Measure parsed = Measure.parse(((Number) shown.get("value")).doubleValue(), (String) shown.get("unit"));
                if (parsed.si() != si) displayDiffers++;
            }
        }
        assertTrue(displayDiffers > 0, "the display round trip loses bits for some values (else this design is not needed)");
    }

    @Test
    void nonFiniteValuesAndListsComeBack() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nan", Double.NaN);
        m.put("inf", new Measure(Double.NEGATIVE_INFINITY, Dimension.LENGTH.pack()));
        Map<String, Object> back = ExactValues.readResults(JsonParser.parseString(Json.write(ExactValues.results(m), false)).getAsJsonObject());
        assertTrue(Double.isNaN((Double) back.get("nan")));
        assertEquals(Double.NEGATIVE_INFINITY, ((Measure) back.get("inf")).si());

        double[] d = {1e-8, 0.1 + 0.2, 3e-9 / 7};
        ExactValues.Values v = ExactValues.readList(JsonParser.parseString(Json.write(ExactValues.list(d, Dimension.LENGTH.pack()), false))
                .getAsJsonObject());
        assertArrayEquals(d, (double[]) v.values());
        assertEquals(Dimension.LENGTH.pack(), v.dim());
        long[] l = {1, 2, 3};
        assertArrayEquals(l, (long[]) ExactValues.readList(JsonParser.parseString(Json.write(ExactValues.list(l, 0), false)).getAsJsonObject()).values());
        double[] whole = {1.0, 2.0};
        assertArrayEquals(whole, (double[]) ExactValues.readList(JsonParser.parseString(Json.write(ExactValues.list(whole, 0), false))
                .getAsJsonObject()).values(), "a Real list of whole numbers stays Real");
        String[] s = (String[]) ExactValues.readList(JsonParser.parseString(Json.write(ExactValues.list(new String[] {"Pt", "W"}, 0), false))
                .getAsJsonObject()).values();
        assertArrayEquals(new String[] {"Pt", "W"}, s);
    }
}
