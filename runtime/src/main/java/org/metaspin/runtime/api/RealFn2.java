package org.metaspin.runtime.api;

/** A function value of type {@code (Real, Real) -> Real}, e.g. a metaplasticity rule {@code f(m, w)}. */
@FunctionalInterface
public interface RealFn2 {
    double apply(double x, double y);
}
