package org.eshkol.runtime.region;

/**
 * Observes regions, for metrics and tracing. Called on the region's thread; keep it cheap, since
 * {@link #allocated} runs on every arena allocation. A listener that throws is removed from nothing
 * and its exception propagates: listeners must not throw.
 */
public interface RegionListener {
    /** A region was opened (created). */
    default void opened(Region region) {}

    /** {@code bytes} were allocated in {@code region}'s arena. */
    default void allocated(Region region, int bytes) {}

    /** A region was closed: its chunks are back with the allocator; its statistics are final. */
    default void closed(Region region) {}
}
