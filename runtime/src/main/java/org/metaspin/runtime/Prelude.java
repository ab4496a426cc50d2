package org.metaspin.runtime;

import java.util.List;

/**
 * The classes whose annotated members ({@code @Builtin} static methods, {@code @Constant}
 * fields, {@code @Type} classes) form the prelude of §12: everything visible without an
 * import. The compiler reads this list; nothing else needs registering.
 */
public final class Prelude {
    private Prelude() {}

    public static final List<Class<?>> CLASSES = List.of(
            org.metaspin.runtime.lang.MathBuiltins.class,
            org.metaspin.runtime.learn.data.DataBuiltins.class,
            org.metaspin.runtime.learn.data.TaskBuiltins.class,
            org.metaspin.runtime.learn.data.Dataset.class,
            org.metaspin.runtime.learn.data.Task.class,
            org.metaspin.runtime.learn.net.NetworkBuiltins.class,
            org.metaspin.runtime.learn.net.Network.class,
            org.metaspin.runtime.learn.net.Growth.class,
            org.metaspin.runtime.learn.optim.OptimizerBuiltins.class,
            org.metaspin.runtime.learn.optim.Optimizer.class,
            org.metaspin.runtime.learn.train.TrainBuiltins.class,
            org.metaspin.runtime.learn.train.Metrics.class
    );
}
