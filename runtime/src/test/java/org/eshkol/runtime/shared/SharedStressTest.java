package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.data.HashTable;
import org.junit.jupiter.api.Test;

/** Counts are atomic: 8 threads doing a million retain/release pairs each leave the count where it was. */
class SharedStressTest {
    @Test
    void eightThreadsOfAMillionPairsLeaveTheCountUnchangedAndTheDestructorRunsOnce() throws Exception {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable cache = new HashTable();
        Shared.share(cache, v -> destroyed.incrementAndGet());
        int threads = 8;
        int pairs = 1_000_000;
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Racers.joinAll(Racers.start(threads, new CyclicBarrier(threads), failures, () -> Racers.pairs(cache, pairs)));
        assertEquals(List.of(), failures);
        assertEquals(1, Shared.refCount(cache));
        assertEquals(0, destroyed.get());
        Shared.release(cache);
        assertEquals(1, destroyed.get());
    }

    /**
     * Counts taken on a thread that has ended: the racing releases merge its part (one merge wins) and
     * the last of them releases the value, at once, exactly once.
     */
    @Test
    void racingLastReleasesOfAnEndedOwnersCountsRunTheDestructorExactlyOnce() throws Exception {
        for (int round = 0; round < 200; round++) {
            AtomicInteger destroyed = new AtomicInteger();
            HashTable t = new HashTable();
            int threads = 4;
            Thread owner = new Thread(() -> {
                Shared.share(t, v -> destroyed.incrementAndGet());
                for (int i = 1; i < threads; i++) Shared.retain(t);
            });
            owner.start();
            owner.join();
            racingReleases(t, threads);
            assertEquals(1, destroyed.get(), "round " + round);
            assertEquals(0, Shared.refCount(t));
        }
    }

    /**
     * Counts the owner (this thread) took, released by racing threads while it waits: the release is
     * the owner's to finish (biased counting), exactly once, at its next touch of the value.
     */
    @Test
    void racingLastReleasesOfALiveOwnersCountsRunTheDestructorOnceAtItsNextTouch() throws Exception {
        for (int round = 0; round < 200; round++) {
            AtomicInteger destroyed = new AtomicInteger();
            HashTable t = new HashTable();
            Shared.share(t, v -> destroyed.incrementAndGet());
            int threads = 4;
            for (int i = 1; i < threads; i++) Shared.retain(t);
            racingReleases(t, threads);
            assertEquals(0, Shared.refCount(t), "round " + round);
            assertEquals(1, destroyed.get(), "round " + round);
        }
    }

    private static void racingReleases(Object t, int threads) throws Exception {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Racers.joinAll(Racers.start(threads, new CyclicBarrier(threads), failures, () -> Shared.release(t)));
        assertEquals(List.of(), failures);
    }
}
