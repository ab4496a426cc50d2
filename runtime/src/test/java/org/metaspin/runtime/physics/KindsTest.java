package org.metaspin.runtime.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import org.junit.jupiter.api.Test;
import org.metaspin.runtime.Prelude;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Constant;
import org.metaspin.runtime.api.KindValue;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.Props;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.Schema;
import org.metaspin.runtime.api.DomainType;

/** Schemas, defaults and validation of the physics kinds (§8), and the annotations the compiler reads. */
class KindsTest {
    @Test
    void freeMustOccurExactlyOnceByValue() {
        Material same = Fixture.material("CoFeB2", "Ms", 1.1e6, "alpha", 0.01); // equal props: the same material
        assertEquals(Fixture.COFEB, same);
        CompactModelTest.assertInvalid(() -> Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.COFEB, 1e-9),
                Layers.layer(Fixture.MGO, 1e-9), Layers.layer(same, 1e-9)), "free", Fixture.COFEB), "more than once");
        CompactModelTest.assertInvalid(() -> Fixture.stack("S", "layers", Fixture.layers(Layers.layer(Fixture.PT, 1e-9),
                Layers.layer(Fixture.MGO, 1e-9)), "free", Fixture.COFEB), "not in `layers`");
        CompactModelTest.assertInvalid(() -> Layers.layer(Fixture.PT, -1e-9), "thickness");
    }

    @Test
    void channelDefaultsToTheLayerBelowFree() {
        Material ta = Fixture.material("Ta", "thetaSH", -0.12, "rho", 1.9e-6);
        Stack s = Fixture.stack("S", "layers", Fixture.layers(Layers.layer(ta, 3e-9), Layers.layer(Fixture.PT, 4e-9),
                Layers.layer(Fixture.COFEB, 1.1e-9)), "free", Fixture.COFEB);
        assertEquals(Fixture.PT, s.channel());
        assertEquals(0.0, s.Ks());
        Stack t = Fixture.stack("S", "layers", s.layers(), "free", Fixture.COFEB, "channel", ta);
        assertEquals(ta, t.channel());
        Stack top = Fixture.stack("T", "layers", Fixture.layers(Layers.layer(Fixture.COFEB, 1e-9), Layers.layer(Fixture.MGO, 1e-9)),
                "free", Fixture.COFEB);
        CompactModelTest.assertInvalid(top::channel, "set `channel`");
        CompactModelTest.assertInvalid(top::gate, "has no `gate`");
    }

    @Test
    void deviceDefaults() {
        Device d = Fixture.synapse();
        assertEquals(300.0, d.T());
        assertEquals(Switching.attempt_time(d, 0, 0), d.tau0()); // Brown's
        assertEquals(1e-9, Fixture.synapse("tau0", 1e-9).tau0());
        assertEquals(1.0 / 3, d.eta());
        assertEquals(0.01, d.Bdet());
        assertEquals(30e-9, d.dNuc());
        assertEquals(0.0, d.xiFL());
        assertEquals(80e-9, d.channelWidth());
        assertEquals(80e-9, d.channelLength());
        assertSame(Models.compact(), d.model());
        assertEquals(Read.tmr(5e3, 1.5), d.read());
        assertEquals(5e3 * 2.5, d.read().signal(-1), 1e-9);
        assertEquals(5e3, d.read().signal(1), 1e-9);
        CompactModelTest.assertInvalid(d::gate, "device Synapse has no `gate`");
        CompactModelTest.assertInvalid(() -> Fixture.synapse("T", -1.0), "`T`");
        CompactModelTest.assertInvalid(() -> Fixture.synapse("Delta", 3.0), "derived");
        CompactModelTest.assertInvalid(() -> Fixture.device("X", "shape", Shape.disk(1e-8)), "`stack`");
        CompactModelTest.assertInvalid(() -> Fixture.material("X", "alpha", 1.5), "alpha");
        RuntimeFailure f = assertThrows(RuntimeFailure.class, Fixture.PT::Ms);
        assertEquals("material Pt has no `Ms`: the property is not set", f.getMessage());
        // `with` / `extends`: merge the props, create again
        Device hot = Device.create(d.props().overriddenBy(Props.of("device Hot").with("T", 400.0)));
        assertEquals(d.Delta() * 300 / 400, hot.Delta(), 1e-9);
    }

    @Test
    void shapes() {
        assertEquals(Math.PI * 1e-14 / 4, Shape.disk(100e-9).area(), 1e-28);
        assertEquals(Math.PI * 100e-9 * 50e-9 / 4, Shape.ellipse(100e-9, 50e-9).area(), 1e-28);
        assertEquals(50e-9, Shape.ellipse(100e-9, 50e-9).width());
        assertEquals(2e-14, Shape.rect(100e-9, 200e-9).area(), 1e-28);
        assertEquals(100e-9, Shape.rect(100e-9, 200e-9).width());
        // a long strip: the activation volume is width * dNuc * t
        Device strip = Fixture.synapse("shape", Shape.rect(20e-9, 500e-9));
        assertEquals(20e-9 * 30e-9 * 1.1e-9, strip.activationVolume(), 1e-36);
        // sizes are checked by the compiler at each call: s09_physics/shape_and_phase_arguments_*.msp
    }

    @Test
    void annotationsAreCompleteForTheCompiler() throws Exception {
        int builtins = 0, constants = 0;
        for (Class<?> c : Prelude.CLASSES) {
            if (!c.getPackageName().endsWith("physics")) continue;
            DomainType t = c.getAnnotation(DomainType.class);
            if (t != null && (!t.kind().isEmpty() || t.block())) {
                Method create = c.getMethod("create", Props.class);
                assertTrue(Modifier.isStatic(create.getModifiers()) && create.getReturnType() == c, c + ".create");
                assertTrue(KindValue.class.isAssignableFrom(c), c + " extends KindValue");
                assertFalse(Schema.of(c).properties().isEmpty() && !t.open(), c + " has properties");
            }
            for (Method m : c.getMethods()) {
                if (m.getAnnotation(Builtin.class) == null) continue;
                builtins++;
                assertTrue(Modifier.isStatic(m.getModifiers()), m.toString());
                for (Parameter p : m.getParameters()) assertNotNull(p.getAnnotation(Param.class), m + " " + p);
            }
            for (var f : c.getFields()) {
                if (f.getAnnotation(Constant.class) != null) {
                    constants++;
                    assertTrue(Modifier.isFinal(f.getModifiers()) && f.getType() == double.class, f.toString());
                }
            }
        }
        assertEquals(8, constants);
        assertEquals(24, builtins, "layer, over x2, 3 shapes, tmr, ahe, 4 models, 3 switching, attempt_time, phase_write, fm_fraction, gate, 2 energies, simulate, analog_update, devices");
        assertTrue(Prelude.CLASSES.contains(Device.class) && Prelude.CLASSES.contains(SynapseArray.class));
        assertEquals("1.25663706212E-6", Double.toString(Constants.mu0));
        assertEquals(1.76085963023e11, Constants.gamma);
    }
}
