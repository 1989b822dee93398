package org.eshkol.runtime.region;

/**
 * The opaque handle {@code region-open} returns. It names one lifetime of one region on one
 * thread: it validates only on that thread, only until it is closed, and only while the region's
 * generation is the one it was opened under. Scripts cannot make one any other way.
 */
public final class RegionHandle {
    final Region region;
    final int generation;
    boolean closed;

    RegionHandle(Region region) {
        this.region = region;
        this.generation = region.generation;
    }

    /** True when {@code region-close} on this thread may use it. Never throws. */
    boolean usableHere() { return !closed && region.owner() == Thread.currentThread(); }

    /** True while the region it names is still the live region it was opened as. */
    boolean live() { return region.generation == generation && region.isOpen(); }

    @Override
    public String toString() {
        return "#<region-handle " + (region.name() == null ? "anonymous" : region.name())
                + (closed || !live() ? " closed" : "") + ">";
    }
}
