package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** `metaspin doc` (§13) knows keywords, units, dimension types, kinds, properties and standard-library names by their short names. */
class DocCommandTest {
    private static String doc(String name) {
        var r = Cli.exec("doc", name);
        assertEquals(0, r.exit(), name + ": " + r.err());
        return r.out();
    }

    @Test
    void everyKindOfName() {
        assertTrue(doc("protocol").startsWith("keyword protocol\n"), doc("protocol"));
        assertTrue(doc("sweep").contains("every combination"));
        assertEquals("unit nm\n    1 nm = 1e-9 m (Length)\n", doc("nm"));
        assertEquals("unit Oe\n    1 Oe = 79.5775 A/m (MagneticField)\n", doc("Oe"));
        assertEquals("unit yr\n    1 yr = 3.15576e7 s (Time)\n", doc("yr"));
        assertTrue(doc("Length").startsWith("type Length = [m]"), doc("Length"));
        assertTrue(doc("PtSynapse").startsWith("std.devices.PtSynapse\n    device PtSynapse {"), doc("PtSynapse"));
        assertTrue(doc("FeRh").startsWith("std.materials.FeRh\n    material FeRh {"), doc("FeRh"));
        assertTrue(doc("Keff").contains("Device.Keff") && doc("Keff").contains("Stack.Keff"));
        assertTrue(doc("switching_probability").startsWith("switching_probability("));
        assertTrue(doc("device").contains("properties:"));
    }

    @Test
    void listNamesEverything() {
        var r = Cli.exec("doc", "--list");
        assertEquals(0, r.exit());
        List<String> names = r.out().lines().toList();
        assertTrue(names.containsAll(List.of("protocol", "m", "Oe", "yr", "Length", "PtSynapse", "std.devices.PtSynapse", "FeRh", "device",
                "switching_probability", "Keff")), r.out());
        var unknown = Cli.exec("doc", "PtSynaps");
        assertEquals(64, unknown.exit());
        assertTrue(unknown.err().contains("did you mean `PtSynapse`?"), unknown.err());
    }
}
