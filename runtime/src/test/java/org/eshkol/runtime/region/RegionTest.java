package org.eshkol.runtime.region;

import static org.junit.jupiter.api.Assertions.*;

import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.F64vector;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Java API of regions: the spec's region_create/destroy/allocate/current/push/pop, limits, statistics. */
class RegionTest {
    @AfterEach
    void resetPolicy() { DynamicState.current().regionPolicy = RegionPolicy.DEFAULT; }

    @Test
    void createPushAllocatePopClose() {
        assertNull(Region.current());
        Region r = Region.create("req", 1024);
        assertNull(Region.current(), "create does not make the region current");
        Region.push(r);
        assertSame(r, Region.current());
        Bytevector b = Bytevector.allocate(10);
        assertSame(r, b.region());
        assertEquals(0, b.get(9), "arena memory is zeroed");
        assertSame(r, Region.pop());
        assertNull(Region.current());
        assertEquals(0, b.get(0), "a popped region is still open");
        r.close();
        assertFalse(r.isOpen());
        SchemeError e = assertThrows(SchemeError.class, () -> b.get(0));
        assertEquals("bytevector from region 'req' used after the region ended; return it from the region or allocate it outside", e.getMessage());
    }

    @Test
    void allocateOnTheRegionItself() {
        try (Region r = Region.create(null, 0)) {
            Bytevector b = r.allocate(3);
            b.set(2, 200);
            assertEquals(200, b.get(2));
            assertSame(r, b.region());
            assertEquals("an anonymous region", r.describe());
        }
    }

    @Test
    void allocationsAreEightByteAlignedAndChunksGrow() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withFirstChunk(64);
        try (Region r = Region.open("grow", 0)) {
            List<Bytevector> all = new ArrayList<>();
            for (int i = 0; i < 100; i++) all.add(Bytevector.allocate(1 + i % 13));
            for (Bytevector b : all) assertEquals(0, b.start() % 8, "8-byte aligned");
            assertTrue(r.chunks() > 1, "more chunks taken: " + r.chunks());
            assertEquals(100, r.allocations());
            long requested = 0;
            for (int i = 0; i < 100; i++) requested += 1 + i % 13;
            assertEquals(requested, r.bytesRequested());
            assertTrue(r.bytesReserved() >= requested);
            assertTrue(r.peakBytes() >= r.bytesReserved());
            // values never overlap: write a distinct byte everywhere, then read all back
            for (int i = 0; i < all.size(); i++) for (int j = 0; j < all.get(i).length(); j++) all.get(i).set(j, i);
            for (int i = 0; i < all.size(); i++) for (int j = 0; j < all.get(i).length(); j++) assertEquals(i, all.get(i).get(j));
        }
    }

    @Test
    void firstChunkIsSizedFromTheHintAndTakenLazily() {
        try (Region r = Region.open("hinted", 100_000)) {
            assertEquals(0, r.chunks(), "no chunk before the first allocation");
            Bytevector.allocate(8);
            assertEquals(1, r.chunks());
            assertTrue(r.bytesReserved() >= 100_000);
            for (int i = 0; i < 100; i++) Bytevector.allocate(512);
            assertEquals(1, r.chunks(), "51 KB fit in the hinted chunk");
        }
    }

    @Test
    void bigAllocationsGetTheirOwnChunk() {
        try (Region r = Region.open("big", 0)) {
            Bytevector small = Bytevector.allocate(16);
            Bytevector big = Bytevector.allocate(3 << 20);
            Bytevector after = Bytevector.allocate(16);
            assertEquals(3 << 20, big.length());
            assertSame(small.array(), after.array(), "the current chunk keeps serving small allocations");
            assertEquals(2, r.chunks());
        }
    }

    @Test
    void closingReleasesEveryChunkAndRunsCleanupsInReverse() {
        PooledByteBufAllocator alloc = new PooledByteBufAllocator(false);
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withAllocator(alloc).withFirstChunk(1024);
        List<String> order = new ArrayList<>();
        Region r = Region.open("c", 0);
        r.onClose(() -> order.add("first"));
        r.onClose(() -> order.add("second"));
        for (int i = 0; i < 50; i++) Bytevector.allocate(4000);
        assertTrue(r.chunks() > 3);
        assertEquals(1, Region.liveArenas());
        r.close();
        assertEquals(List.of("second", "first"), order);
        assertEquals(0, Region.liveArenas());
        assertEquals(-1, r.lifetimeNanos(), "the clock is read only when a listener wants the lifetime");
        r.close(); // closing twice does nothing
    }

    @Test
    void closingAnOuterRegionClosesInnerOnesInnermostFirst() {
        List<String> order = new ArrayList<>();
        Region outer = Region.open("outer", 0);
        outer.onClose(() -> order.add("outer"));
        Region middle = Region.open("middle", 0);
        middle.onClose(() -> order.add("middle"));
        Region inner = Region.open("inner", 0);
        inner.onClose(() -> order.add("inner"));
        outer.close();
        assertEquals(List.of("inner", "middle", "outer"), order);
        assertFalse(inner.isOpen());
        assertNull(Region.current());
    }

    @Test
    void listenersSeeOpenAllocateClose() {
        List<String> events = new ArrayList<>();
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withListener(new RegionListener() {
            @Override public void opened(Region r) { events.add("open " + r.name()); }
            @Override public void allocated(Region r, int bytes) { events.add("alloc " + bytes); }
            @Override public void closed(Region r) {
                events.add("close " + r.name() + " " + r.bytesRequested() + (r.lifetimeNanos() >= 0 ? " timed" : ""));
            }
        });
        try (Region r = Region.open("l", 0)) {
            Bytevector.allocate(5);
            F64vector.allocate(2);
        }
        assertEquals(List.of("open l", "alloc 5", "alloc 16", "close l 21 timed"), events);
    }

    @Test
    void byteLimitIsACatchableErrorNamingRegionAndLimit() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withMaxBytes(1000);
        try (Region r = Region.open("small", 0)) {
            Bytevector.allocate(600);
            SchemeError e = assertThrows(SchemeError.class, () -> Bytevector.allocate(600));
            assertEquals("region 'small': allocating 600 bytes exceeds the region's limit of 1000 bytes (600 already allocated)", e.getMessage());
            Bytevector.allocate(400); // still usable
        }
    }

    @Test
    void nestingLimitIsACatchableError() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withMaxDepth(3);
        Region a = Region.open("a", 0);
        Region.open("b", 0);
        Region.open("c", 0);
        SchemeError e = assertThrows(SchemeError.class, () -> Region.open("d", 0));
        assertEquals("with-region: cannot open region 'd': regions nested deeper than the limit of 3", e.getMessage());
        a.close();
        assertNull(Region.current());
    }

    @Test
    void promotionMovesBytesAndKeepsIdentity() {
        Region outer = Region.open("outer", 0);
        Region inner = Region.open("inner", 0);
        Bytevector b = Bytevector.allocate(4);
        b.set(0, 42);
        Object list = new org.eshkol.runtime.Pair(b, new org.eshkol.runtime.Pair(b, org.eshkol.runtime.Nil.NIL));
        Promotion.promote(list, inner, outer);
        inner.close();
        assertSame(outer, b.region());
        assertEquals(42, b.get(0));
        assertEquals(1, inner.promotions());
        assertEquals(4, inner.promotedBytes());
        Promotion.promote(b, outer, Region.HEAP);
        outer.close();
        assertTrue(b.onHeap());
        assertEquals(42, b.get(0));
    }

    @Test
    void staleHandleFromOneRequestNeverReadsTheNext() {
        // interleaved "requests" on one pooled allocator: the second very likely reuses the first's memory
        PooledByteBufAllocator alloc = new PooledByteBufAllocator(false);
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withAllocator(alloc);
        for (int round = 0; round < 200; round++) {
            Bytevector stale;
            try (Region first = Region.open("first", 4096)) {
                stale = Bytevector.allocate(64);
                for (int i = 0; i < 64; i++) stale.set(i, 1);
            }
            try (Region second = Region.open("second", 4096)) {
                Bytevector secret = Bytevector.allocate(64);
                for (int i = 0; i < 64; i++) secret.set(i, 99);
                Bytevector s = stale;
                SchemeError e = assertThrows(SchemeError.class, () -> s.get(0));
                assertTrue(e.getMessage().startsWith("bytevector from region 'first' used after the region ended"));
            }
        }
    }

    @Test
    void pushRefusesARegionThatIsNotAChildOfTheCurrentOne() {
        Region a = Region.create("a", 0);
        Region.push(a);
        Region.pop();
        Region other = Region.open("other", 0);
        assertThrows(IllegalStateException.class, () -> Region.push(a));
        other.close();
        a.close();
    }
}
