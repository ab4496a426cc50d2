package org.metaspin.runtime.api;

/** A function value of type {@code (Real) -> Real}; primitive so that no double is boxed in a call. */
@FunctionalInterface
public interface RealFn1 {
    double apply(double x);
}
