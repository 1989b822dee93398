package org.eshkol.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eshkol.runtime.DynamicState;
import org.eshkol.runtime.region.Region;
import org.eshkol.runtime.region.RegionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs each region benchmark's body once outside JMH: the set-ups check the scripts' results, and
 * every body must leave no region open. Timings are never taken.
 */
class RegionBenchmarksSmokeTest {
    @AfterEach
    void reset() {
        DynamicState.current().regionPolicy = RegionPolicy.DEFAULT;
        assertNull(Region.current(), "a benchmark left a region open");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "threadCache"})
    void lifecycle(String allocator) {
        RegionLifecycleBenchmark b = new RegionLifecycleBenchmark();
        b.allocator = allocator;
        b.load();
        b.checkPolicy();
        assertTrue(b.javaEmpty().chunks() == 0);
        assertEquals(16, b.javaOneAllocation());
        assertEquals(16, b.javaOneAllocationHint256());
        assertEquals(4096, b.pooledChunkOnly());
        assertEquals(0L, b.scriptEmpty());
        assertEquals(16L * RegionLifecycleBenchmark.CALLS, b.scriptOneAllocation());
        assertEquals(16L * RegionLifecycleBenchmark.CALLS, b.scriptNoRegion());
    }

    @Test
    void allocation() {
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        RegionAllocationBenchmark b = new RegionAllocationBenchmark();
        b.size = 256;
        b.region(bh);
        b.regionSized(bh);
        b.regionCurrent(bh);
        b.heapBytevector(bh);
        b.newByteArray(bh);
        b.pooledHeapBuf(bh);
        b.pooledDirectBuf(bh);
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    @Test
    void access() {
        ArenaAccessBenchmark b = new ArenaAccessBenchmark();
        b.setUp();
        assertEquals(b.javaBytesHeap(), b.javaBytesArena());
        assertEquals(b.javaByteArray(), (long) b.javaBytesArena());
        assertEquals(b.javaDoublesHeap(), b.javaDoublesArena());
        assertEquals(b.eshkolBytesHeap(), b.eshkolBytesRegion());
        assertEquals(b.eshkolDoublesHeap(), b.eshkolDoublesRegion());
        b.tearDown();
    }

    @Test
    void stores() {
        RegionStoreBenchmark b = new RegionStoreBenchmark();
        b.load();
        assertEquals((long) RegionStoreBenchmark.N, b.noArenaLive());
        assertEquals((long) RegionStoreBenchmark.N, b.otherArenaLive());
        b.closeElsewhere();
        assertEquals((long) RegionStoreBenchmark.N, b.insideRegion());
        assertEquals((long) RegionStoreBenchmark.N, b.recordSetterInsideRegion());
        assertEquals((long) RegionStoreBenchmark.N, b.recordSetterInsideRegionNoEscapeAnalysis());
    }

    @Test
    void nettyChunks() {
        NettyChunkBenchmark b = new NettyChunkBenchmark.A_Default();
        b.setUp();
        assertEquals(256, b.pooledHeap256());
        assertEquals(256, b.pooledDirect256());
        assertEquals(8192, b.newChunkHeap8k());
        assertEquals(8192, b.newChunkDirect8k());
        assertEquals(256, b.unpooledHeap256());
        assertEquals(256, b.unpooledDirect256());
        assertTrue(NettyChunkBenchmark.platform().contains("hasUnsafe="));
    }
}
