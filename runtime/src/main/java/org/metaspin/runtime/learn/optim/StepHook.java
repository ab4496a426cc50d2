package org.metaspin.runtime.learn.optim;

import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.Pass;

/** Something a consolidation method adds around the base rule's update (EWC, SI). */
interface StepHook {
    /** After the loss gradient is in the pass, before the update: add a penalty's gradient. */
    void beforeUpdate(Pass pass);

    /** After the update. */
    default void afterUpdate(Pass pass) {}

    /** At the end of the train call: consolidate what this task taught. */
    default void end(Task task, Pass pass) {}

    /** The network grew: per-weight state must take the new shapes. */
    void resized(Pass pass);
}
