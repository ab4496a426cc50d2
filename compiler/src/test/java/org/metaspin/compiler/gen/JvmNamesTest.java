package org.metaspin.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each generated name reads back as what it was made for (run-time errors show that). */
class JvmNamesTest {
    @Test
    void namesReadBackAsTheirOrigin() {
        assertEquals(new JvmNames.Origin.Named("relax"), JvmNames.origin("relax"));
        assertEquals(new JvmNames.Origin.Named("inner"), JvmNames.origin(JvmNames.nestedFunction("inner", 3)));
        assertEquals(new JvmNames.Origin.Named("sweep_me"), JvmNames.origin(JvmNames.nestedFunction("sweep_me", 0)));
        assertEquals(new JvmNames.Origin.Named("Train"), JvmNames.origin(JvmNames.protocolBody("Train")));
        assertEquals(new JvmNames.Origin.Defaults("f"), JvmNames.origin(JvmNames.defaultOf("f", 1)));
        assertEquals(new JvmNames.Origin.Defaults("inner"), JvmNames.origin(JvmNames.defaultOf(JvmNames.nestedFunction("inner", 2), 0)));
        assertEquals(new JvmNames.Origin.Lambda(), JvmNames.origin(JvmNames.lambda(7)));
        assertEquals(new JvmNames.Origin.SweepRun(), JvmNames.origin(JvmNames.sweepBody(1)));
        assertEquals(new JvmNames.Origin.TopLevel(), JvmNames.origin(JvmNames.INIT));
        assertEquals(new JvmNames.Origin.TopLevel(), JvmNames.origin(JvmNames.initChunk(4)));
    }

    @Test
    void aModuleIsAClassUnderMsp() {
        assertEquals("msp/lab/devices", JvmNames.moduleClass("lab.devices"));
        assertEquals("msp.lab.devices", JvmNames.moduleBinaryName("lab.devices"));
    }
}
