package org.metaspin.runtime.learn.train;

import org.metaspin.runtime.learn.data.Task;
import org.metaspin.runtime.learn.net.DeviceStats;
import org.metaspin.runtime.learn.net.Network;

/**
 * Receives what the devices of a network did during each {@code train} call (§10.3), so that
 * a protocol run records it and adds it to run.json. Installed per thread like
 * {@link AccuracyRecorder}, which keeps parallel sweep runs apart.
 */
@FunctionalInterface
public interface DeviceRecorder {
    void trained(Network net, Task task, DeviceStats during);

    /** Installs {@code r} for the current thread and returns the one it replaces (null if none). */
    static DeviceRecorder install(DeviceRecorder r) {
        DeviceRecorder prev = Holder.CURRENT.get();
        if (r == null) Holder.CURRENT.remove();
        else Holder.CURRENT.set(r);
        return prev;
    }

    /** The recorder of the current thread, or null. */
    static DeviceRecorder current() { return Holder.CURRENT.get(); }

    final class Holder {
        private static final ThreadLocal<DeviceRecorder> CURRENT = new ThreadLocal<>();

        private Holder() {}
    }
}
