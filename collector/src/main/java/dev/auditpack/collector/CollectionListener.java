package dev.auditpack.collector;

import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.Target;

/** Hears about progress of a collection run, e.g. to show it on a terminal. Called from worker threads. */
public interface CollectionListener {

    /** A listener that ignores everything. */
    CollectionListener NONE = new CollectionListener() {};

    /** The run has worked out how many collector runs it will make. */
    default void planned(int accounts, int regions, int units) {}

    /** One collector finished for one target, with {@code errors} failed calls (0 = complete). */
    default void finished(Collector collector, Target target, int errors) {}

    /** One collector could not produce any evidence for one target. */
    default void failed(Collector collector, Target target, CollectionError error) {}
}
