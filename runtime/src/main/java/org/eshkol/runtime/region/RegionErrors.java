package org.eshkol.runtime.region;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.SchemeError;

/** The messages of region errors, raised through {@link Errors} so scripts can catch them. */
public final class RegionErrors {
    private RegionErrors() {}

    /** {@code bytevector from region 'query' used after the region ended; ...}. */
    static SchemeError usedAfterEnd(ArenaValue v) {
        if (v.isFreed()) return Errors.error(v.kind() + " used after its last shared holder released it");
        return Errors.error(v.kind() + " from " + v.region().describe()
                + " used after the region ended; return it from the region or allocate it outside");
    }

    static SchemeError tooDeep(String name, int limit) {
        return Errors.error("with-region: cannot open " + (name == null ? "an anonymous region" : "region '" + name + "'")
                + ": regions nested deeper than the limit of " + limit);
    }

    static SchemeError tooBig(Region r, int n, long limit) {
        return Errors.error(r.describe() + ": allocating " + n + " bytes exceeds the region's limit of "
                + limit + " bytes (" + r.bytesRequested() + " already allocated)");
    }

    public static SchemeError invalidHandle(String who) {
        return Errors.error(who + ": invalid or already-closed region handle");
    }

    public static SchemeError deadHandle(String who) {
        return Errors.error(who + ": region handle no longer names a live region");
    }
}
