package org.metaspin.runtime.protocol;

import java.util.List;

/**
 * How the points of a sweep run: on this machine's thread pool (the default), or elsewhere
 * (a Spark cluster: the metaspin-spark module installs its own with {@link RunSettings#runner}).
 * Either way each point is one run, and the sweep writes its record from the results.
 */
public interface SweepRunner {
    /** Runs every point of {@code job}; the results are in the job's order, one per point, failures included. */
    List<PointResult> run(SweepJob job);
}
