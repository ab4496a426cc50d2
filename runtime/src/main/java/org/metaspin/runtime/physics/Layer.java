package org.metaspin.runtime.physics;

import org.metaspin.runtime.units.Dimension;
import org.metaspin.runtime.units.QuantityFormat;

import java.util.Objects;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.RuntimeFailure;
import org.metaspin.runtime.api.DomainType;

/** A material at a thickness: what {@code CoFeB(1.1 nm)} builds (§8.2). Compared by value. */
@DomainType(name = "Layer", doc = "A layer of a stack: a material and its thickness, written `CoFeB(1.1 nm)`.")
public final class Layer {
    private final Material material;
    private final double thickness;

    Layer(Material material, double thickness) {
        if (!(thickness > 0) || Double.isInfinite(thickness)) {
            throw RuntimeFailure.invalid(material.describe() + ": layer thickness " + QuantityFormat.format(thickness, Dimension.LENGTH) + " must be > 0");
        }
        this.material = material;
        this.thickness = thickness;
    }

    @Prop(doc = "The layer's material.")
    public Material material() { return material; }

    @Prop(dim = "m", check = "> 0", doc = "The layer's thickness.")
    public double thickness() { return thickness; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer l && l.thickness == thickness && l.material.equals(material);
    }

    @Override
    public int hashCode() { return Objects.hash(material, thickness); }

    @Override
    public String toString() { return ArgumentChecks.bareName(material.describe()) + "(" + QuantityFormat.format(thickness, Dimension.LENGTH) + ")"; }
}
