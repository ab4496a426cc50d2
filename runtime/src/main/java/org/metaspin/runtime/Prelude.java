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
            org.metaspin.runtime.physics.Constants.class,
            org.metaspin.runtime.physics.Material.class,
            org.metaspin.runtime.physics.Layer.class,
            org.metaspin.runtime.physics.Layers.class,
            org.metaspin.runtime.physics.Stack.class,
            org.metaspin.runtime.physics.Shape.class,
            org.metaspin.runtime.physics.Gate.class,
            org.metaspin.runtime.physics.Read.class,
            org.metaspin.runtime.physics.Model.class,
            org.metaspin.runtime.physics.Models.class,
            org.metaspin.runtime.physics.Device.class,
            org.metaspin.runtime.physics.Variability.class,
            org.metaspin.runtime.physics.SynapseArray.class,
            org.metaspin.runtime.physics.Switching.class,
            org.metaspin.runtime.physics.GateKinetics.class,
            org.metaspin.runtime.physics.PhaseSwitching.class,
            org.metaspin.runtime.physics.Energy.class,
            org.metaspin.runtime.physics.Macrospin.class,
            org.metaspin.runtime.physics.AnalogUpdate.class,
            org.metaspin.runtime.learn.data.DataBuiltins.class,
            org.metaspin.runtime.learn.data.TaskBuiltins.class,
            org.metaspin.runtime.learn.data.Dataset.class,
            org.metaspin.runtime.learn.data.Task.class,
            org.metaspin.runtime.learn.net.NetworkBuiltins.class,
            org.metaspin.runtime.learn.net.Network.class,
            org.metaspin.runtime.learn.net.DeviceBuiltins.class,
            org.metaspin.runtime.learn.net.DeviceStats.class,
            org.metaspin.runtime.learn.net.Growth.class,
            org.metaspin.runtime.learn.optim.OptimizerBuiltins.class,
            org.metaspin.runtime.learn.optim.Optimizer.class,
            org.metaspin.runtime.learn.train.TrainBuiltins.class,
            org.metaspin.runtime.learn.train.Metrics.class,
            org.metaspin.runtime.protocol.ProtocolBuiltins.class,
            org.metaspin.runtime.protocol.FigureBuiltins.class
    );
}
