package org.metaspin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The help lines of the unit papercuts, whose codes and positions the golden programs check:
 * `m2` suggests `m^2`, a field in Oe suggests `* mu0`, `27 C` says temperatures are in kelvin.
 */
class PapercutHintsTest {
    private static final Path PROGRAMS = Path.of("..", "compiler", "src", "test", "programs");

    private static String json(String program) {
        return Cli.exec("check", "--format", "json", PROGRAMS.resolve(program).toString()).out();
    }

    @Test
    void unitPowerWithoutCaret() {
        String out = json("s02_units/unit_power_without_caret.msp");
        assertTrue(out.contains("\"help\":\"a unit's power is written with `^`: `m^2`\""), out);
    }

    @Test
    void fieldInOerstedNeedsMu0() {
        String out = json("s02_units/field_in_oersted_needs_mu0.msp");
        assertTrue(out.contains("`200 Oe * mu0`"), out);
    }

    @Test
    void temperatureInCelsius() {
        String out = json("s08_declarations/temperature_in_celsius.msp");
        assertTrue(out.contains("27 \\u00b0C is `300.15 K`") || out.contains("27 °C is `300.15 K`"), out);
    }

    @Test
    void unitAfterNumberShadowingAVariable() {
        String out = json("s02_units/unit_after_number_shadows_variable.msp");
        assertTrue(out.contains("write `2 * h` to multiply by the variable `h`"), out);
    }
}
