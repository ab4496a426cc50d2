package org.metaspin.runtime;

import java.util.List;
import org.metaspin.runtime.lang.MathBuiltins;
import org.metaspin.runtime.learn.data.DataBuiltins;
import org.metaspin.runtime.learn.data.Dataset;
import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.data.TaskBuiltins;
import org.metaspin.runtime.learn.net.DeviceBuiltins;
import org.metaspin.runtime.learn.net.DeviceStats;
import org.metaspin.runtime.learn.net.Growth;
import org.metaspin.runtime.learn.net.Network;
import org.metaspin.runtime.learn.net.NetworkBuiltins;
import org.metaspin.runtime.learn.optim.Optimizer;
import org.metaspin.runtime.learn.optim.OptimizerBuiltins;
import org.metaspin.runtime.learn.train.Metrics;
import org.metaspin.runtime.learn.train.TrainBuiltins;
import org.metaspin.runtime.physics.AnalogUpdate;
import org.metaspin.runtime.physics.Constants;
import org.metaspin.runtime.physics.Device;
import org.metaspin.runtime.physics.Energy;
import org.metaspin.runtime.physics.Gate;
import org.metaspin.runtime.physics.GateKinetics;
import org.metaspin.runtime.physics.Layer;
import org.metaspin.runtime.physics.Layers;
import org.metaspin.runtime.physics.Macrospin;
import org.metaspin.runtime.physics.Material;
import org.metaspin.runtime.physics.Model;
import org.metaspin.runtime.physics.Models;
import org.metaspin.runtime.physics.PhaseSwitching;
import org.metaspin.runtime.physics.Read;
import org.metaspin.runtime.physics.Shape;
import org.metaspin.runtime.physics.Stack;
import org.metaspin.runtime.physics.Switching;
import org.metaspin.runtime.physics.SynapseArray;
import org.metaspin.runtime.physics.Variability;
import org.metaspin.runtime.protocol.FigureBuiltins;
import org.metaspin.runtime.protocol.ProtocolBuiltins;

/**
 * The classes whose annotated members ({@code @Builtin} static methods, {@code @Constant}
 * fields, {@code @Type} classes) form the prelude of §12: everything visible without an
 * import. The compiler reads this list; nothing else needs registering.
 */
public final class Prelude {
    private Prelude() {}

    public static final List<Class<?>> CLASSES = List.of(
            MathBuiltins.class,
            Constants.class,
            Material.class,
            Layer.class,
            Layers.class,
            Stack.class,
            Shape.class,
            Gate.class,
            Read.class,
            Model.class,
            Models.class,
            Device.class,
            Variability.class,
            SynapseArray.class,
            Switching.class,
            GateKinetics.class,
            PhaseSwitching.class,
            Energy.class,
            Macrospin.class,
            AnalogUpdate.class,
            DataBuiltins.class,
            TaskBuiltins.class,
            Dataset.class,
            Task.class,
            NetworkBuiltins.class,
            Network.class,
            DeviceBuiltins.class,
            DeviceStats.class,
            Growth.class,
            OptimizerBuiltins.class,
            Optimizer.class,
            TrainBuiltins.class,
            Metrics.class,
            ProtocolBuiltins.class,
            FigureBuiltins.class
    );
}
