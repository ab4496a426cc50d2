package org.metaspin.runtime.physics;

/**
 * The seed the stochastic physics builtins (macrospin trials) draw from when the program gives
 * none: the run's seed ({@code --seed}, a protocol's seed). Inherited by threads a run starts,
 * so two runs of a parallel sweep keep their own seeds. The parallel trials capture it on the
 * calling thread before forking.
 */
public final class PhysicsSeed {
    private static final InheritableThreadLocal<Long> SEED = new InheritableThreadLocal<>() {
        @Override
        protected Long initialValue() { return 1L; }
    };

    private PhysicsSeed() {}

    public static long get() { return SEED.get(); }

    public static void set(long seed) { SEED.set(seed); }
}
