package org.eshkol.runtime.region;

import static org.junit.jupiter.api.Assertions.*;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.concurrent.atomic.AtomicReference;
import org.eshkol.runtime.Bytevector;
import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.SchemeError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each thread keeps its last region's first chunk for its next region ({@link SpareChunk}): bounded, safe, given back on demand. */
class SpareChunkTest {
    @BeforeEach
    void noSpares() { Region.releaseSpareChunks(); }

    @AfterEach
    void resetPolicy() { DynamicState.current().regionPolicy = RegionPolicy.DEFAULT; }

    @Test
    void theNextRegionReusesTheFirstChunkAndAStaleValueStillFails() {
        Bytevector first;
        byte[] chunk;
        try (Region r = Region.open("first", 0)) {
            first = Bytevector.allocate(16);
            first.set(0, 111);
            chunk = first.array();
        }
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes(), "the first chunk is kept as the spare");
        try (Region r = Region.open("second", 0)) {
            Bytevector second = Bytevector.allocate(16);
            assertSame(chunk, second.array(), "the spare was reused");
            assertEquals(first.start(), second.start(), "at the same place");
            assertEquals(0, second.get(0), "the reused bytes are zeroed");
            second.set(0, 222);
            SchemeError e = assertThrows(SchemeError.class, () -> first.get(0));
            assertEquals("bytevector from region 'first' used after the region ended; return it from the region or allocate it outside",
                    e.getMessage());
            assertEquals(0, Region.spareChunkBytes(), "in use, not spare");
        }
    }

    @Test
    void atMostOneSparePerThread() {
        try (Region outer = Region.open("outer", 0)) {
            Bytevector.allocate(8);
            try (Region inner = Region.open("inner", 0)) {
                Bytevector.allocate(8);
            }
            assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes());
        }
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes(), "the second first chunk went back to the allocator");
    }

    @Test
    void onlyTheFirstChunkSizeOfTheSameAllocatorIsKept() {
        try (Region r = Region.open("hinted", 256)) {
            Bytevector.allocate(8);
        }
        assertEquals(0, Region.spareChunkBytes(), "a hinted first chunk is not the policy's size");
        PooledByteBufAllocator other = new PooledByteBufAllocator(false);
        try (Region r = Region.open("default", 0)) {
            Bytevector.allocate(8);
        }
        byte[] kept = spareArray();
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withAllocator(other);
        try (Region r = Region.open("other-allocator", 0)) {
            Bytevector b = Bytevector.allocate(8);
            assertNotSame(kept, b.array(), "a spare from another allocator is not used");
            assertEquals(0, Region.spareChunkBytes(), "and was given back");
        }
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes());
        io.netty.buffer.ByteBuf spare = ThreadRegions.of(DynamicState.current()).spare.take(other, RegionPolicy.DEFAULT_FIRST_CHUNK);
        assertSame(other, spare.alloc(), "the spare now comes from the policy's allocator");
        spare.release();
    }

    @Test
    void aPolicyCanTurnItOff() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withSpareChunk(false);
        try (Region r = Region.open("strict", 0)) {
            Bytevector.allocate(8);
        }
        assertEquals(0, Region.spareChunkBytes(), "every chunk went back to the allocator");
    }

    @Test
    void anUnpooledAllocatorGetsTheSameTreatment() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT.withAllocator(UnpooledByteBufAllocator.DEFAULT);
        try (Region r = Region.open("a", 0)) {
            Bytevector.allocate(8);
        }
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes());
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.releaseSpareChunks());
        assertEquals(0, Region.spareChunkBytes());
    }

    @Test
    void anotherThreadsSpareIsGivenBackOnDemandAndNeverUsedHere() throws Exception {
        AtomicReference<byte[]> theirs = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (Region r = Region.open("theirs", 0)) {
                theirs.set(Bytevector.allocate(8).array());
            }
        });
        t.start();
        t.join();
        assertEquals(RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes());
        try (Region r = Region.open("mine", 0)) {
            assertNotSame(theirs.get(), Bytevector.allocate(8).array(), "a spare belongs to its thread");
        }
        assertEquals(2L * RegionPolicy.DEFAULT_FIRST_CHUNK, Region.spareChunkBytes());
        assertEquals(2L * RegionPolicy.DEFAULT_FIRST_CHUNK, Region.releaseSpareChunks());
        assertEquals(0, Region.releaseSpareChunks(), "released exactly once");
    }

    @Test
    void aRegionClosedOnAnotherThreadGivesItsChunkBack() throws Exception {
        Region r = Region.create("handed-over", 0);
        r.allocate(8);
        Thread t = new Thread(r::close);
        t.start();
        t.join();
        assertFalse(r.isOpen());
        assertEquals(0, Region.spareChunkBytes(), "only the owner thread keeps a spare");
    }

    /** The spare's array, taken and put back. */
    private static byte[] spareArray() {
        SpareChunk s = ThreadRegions.of(DynamicState.current()).spare;
        io.netty.buffer.ByteBuf b = s.take(RegionPolicy.DEFAULT.allocator(), RegionPolicy.DEFAULT_FIRST_CHUNK);
        assertNotNull(b);
        assertTrue(s.keep(b, RegionPolicy.DEFAULT));
        return b.array();
    }
}
