package org.eshkol.engine.regions;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolException;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionListener;
import org.eshkol.runtime.region.RegionPolicy;
import org.junit.jupiter.api.Test;

/** A computed {@code with-region} size hint is the region's hint, as a literal one is. */
class ComputedSizeHintTest {
    private final List<Long> hints = new ArrayList<>();
    private final List<Long> reserved = new ArrayList<>();
    private final Eshkol eshkol = new Eshkol(EshkolOptions.defaults().withRegions(RegionPolicy.DEFAULT.withListener(new RegionListener() {
        @Override
        public void opened(Region r) { hints.add(r.sizeHint()); }

        @Override
        public void closed(Region r) { reserved.add(r.bytesReserved()); }
    })));

    @Test
    void aComputedHintSizesTheFirstChunkLikeALiteral() {
        eshkol.eval("(define kib 64) (define (open) (with-region ('sized (* kib 1024)) (bytevector-length (make-bytevector 8 0))))");
        assertEquals(8L, eshkol.eval("(open)"));
        eshkol.eval("(with-region ('literal 65536) (make-bytevector 8 0) #t)");
        assertEquals(List.of(65536L, 65536L), hints);
        assertEquals(reserved.get(1), reserved.get(0), "the same first chunk");
        assertTrue(reserved.get(0) >= 65536L, "reserved " + reserved.get(0));
    }

    @Test
    void aBadComputedHintNamesTheExpressionsPosition() {
        EshkolException e = assertThrows(EshkolException.class,
                () -> eshkol.eval("(define n 'lots)\n(with-region ('r (car (list n))) 1)"));
        assertTrue(e.getMessage().startsWith("<eval>:2:18: error: with-region: expected a non-negative exact integer region size, got lots"),
                e.getMessage());
        assertTrue(hints.isEmpty(), "no region opened");
    }
}
