package org.eshkol.runtime.lib;

import org.eshkol.runtime.io.FileResourceLib;
import org.eshkol.runtime.region.RegionLib;
import org.eshkol.runtime.resource.ResourceLib;

/** The classes holding the {@code @Builtin} methods of regions (Tier 2) and owned resources (Tier 3); the engine registers each one. */
public final class ResourceLibs {
    private ResourceLibs() {}

    public static final Class<?>[] CLASSES = { RegionLib.class, ResourceLib.class, FileResourceLib.class };
}
