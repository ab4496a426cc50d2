package org.metaspin.runtime.physics;

import java.util.Objects;
import org.metaspin.runtime.api.Builtin;
import org.metaspin.runtime.api.Param;
import org.metaspin.runtime.api.Prop;
import org.metaspin.runtime.api.DomainType;

/**
 * Lateral shape of a free layer (§8.3). {@code width} is the size across the write channel:
 * the diameter, the minor axis, or the rectangle's width. Compared by value.
 */
@DomainType(name = "Shape", doc = "Lateral shape of the free layer: disk(diameter), ellipse(a, b) or rect(width, length).")
public final class Shape {
    enum Form { DISK, ELLIPSE, RECT }

    private final Form form;
    private final double a;
    private final double b;

    private Shape(Form form, double a, double b) {
        this.form = form;
        this.a = a;
        this.b = b;
    }

    /** Every size of a shape; the compiler checks it at each call (E0304 for a constant, R0005 at run time). */
    private static final String SIZE = "> 0 and finite";

    @Builtin(name = "disk", foldable = true, doc = "A disk of the given diameter.")
    public static Shape disk(@Param(name = "diameter", dim = "m", check = SIZE) double diameter) {
        return new Shape(Form.DISK, diameter, diameter);
    }

    @Builtin(name = "ellipse", foldable = true, doc = "An ellipse with full axes a and b.")
    public static Shape ellipse(@Param(name = "a", dim = "m", check = SIZE) double a, @Param(name = "b", dim = "m", check = SIZE) double b) {
        return new Shape(Form.ELLIPSE, a, b);
    }

    @Builtin(name = "rect", foldable = true, doc = "A rectangle; `width` is across the write channel, `length` along it.")
    public static Shape rect(@Param(name = "width", dim = "m", check = SIZE) double width,
                             @Param(name = "length", dim = "m", check = SIZE) double length) {
        return new Shape(Form.RECT, width, length);
    }


    @Prop(dim = "m^2", derived = true, doc = "Area of the shape.")
    public double area() {
        return switch (form) {
            case DISK, ELLIPSE -> Math.PI * a * b / 4;
            case RECT -> a * b;
        };
    }

    @Prop(dim = "m", derived = true, doc = "Size across the write channel: the diameter, the minor axis, or `width`.")
    public double width() {
        return form == Form.ELLIPSE ? Math.min(a, b) : a;
    }

    Form form() { return form; }

    /** The first size: diameter, axis a, or width. */
    double a() { return a; }

    /** The second size: diameter, axis b, or length. */
    double b() { return b; }

    /** The same shape with every lateral size times {@code factor} (device-to-device spread of `diameter`). */
    Shape scaled(double factor) {
        return new Shape(form, a * factor, b * factor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && s.form == form && s.a == a && s.b == b;
    }

    @Override
    public int hashCode() { return Objects.hash(form, a, b); }

    @Override
    public String toString() {
        return switch (form) {
            case DISK -> "disk(" + a + " m)";
            case ELLIPSE -> "ellipse(" + a + " m, " + b + " m)";
            case RECT -> "rect(" + a + " m, " + b + " m)";
        };
    }
}
