package org.metaspin.runtime.physics;

import java.util.Arrays;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;

/** The builtins behind {@code Material(thickness)} and the {@code /} of layer lists (§4, §8.2). */
public final class Layers {
    private Layers() {}

    @Builtin(name = "layer", foldable = true, doc = "A layer of `material` at `thickness` (> 0); the language writes it `CoFeB(1.1 nm)`.")
    public static Layer layer(@Param(name = "material") Material material,
                              @Param(name = "thickness", dim = "m") double thickness) {
        return new Layer(material, thickness);
    }

    @Builtin(name = "over", foldable = true, doc = "`a / b`: the layer list with `a` at the bottom and `b` on top of it.")
    public static Layer[] over(@Param(name = "a") Layer a, @Param(name = "b") Layer b) {
        return new Layer[] {a, b};
    }

    @Builtin(name = "over", foldable = true, doc = "`layers / b`: the list `layers` (bottom to top) with `b` added on top.")
    public static Layer[] over(@Param(name = "a") Layer[] a, @Param(name = "b") Layer b) {
        Layer[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
