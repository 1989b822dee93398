package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.data.HashTable;
import org.eshkol.runtime.data.PairLib;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Biased counts ({@link BiasedCounts}): the thread that shared a value counts in its own part, other
 * threads in the shared part; counts stay exact across threads and the destructor runs exactly once.
 */
class BiasedCountsTest {
    private final List<String> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void restore() {
        Shared.setReportListener(null);
        SharedCycles.setReclaim(false);
    }

    private static long state(Object v) { return Shared.header(v).state(); }

    private static int sharedPart(Object v) { return SharedHeader.sharedPart(state(v)); }

    private static boolean biased(Object v) { return (state(v) & SharedHeader.BIASED) != 0; }

    /** Runs {@code body} on a new thread and waits for it to end; rethrows what it threw. */
    private static void onOtherThread(ThrowingRunnable body) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable x) {
                failure.set(x);
            }
        });
        t.start();
        t.join();
        if (failure.get() instanceof Exception e) throw e;
        if (failure.get() instanceof Error e) throw e;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void theOwnersPairsCountInItsOwnPartAndStayExact() {
        HashTable t = new HashTable();
        Shared.share(t);
        for (int i = 0; i < 1000; i++) {
            Shared.retain(t);
            Shared.release(t);
        }
        Shared.retain(t);
        Shared.retain(t);
        Shared.release(t);
        assertEquals(2, Shared.refCount(t));
        assertTrue(biased(t), "the owner's pairs never left its part");
        assertEquals(0, sharedPart(t), "no atomic count was taken");
        Shared.release(t);
        Shared.release(t);
        assertEquals(0, Shared.refCount(t));
        assertFalse(Shared.isShared(t));
    }

    @Test
    void holdsAndStoresCountInTheSharedPartAndAdoptMovesTheCountThere() throws Exception {
        HashTable t = new HashTable();
        Shared.share(t);
        SharedHold hold = Shared.hold(t);
        assertEquals(1, sharedPart(t));
        Object[] slot = new Object[1];
        org.eshkol.runtime.data.VectorLib.set(slot, 0L, t);
        assertEquals(2, sharedPart(t));
        assertEquals(3, Shared.refCount(t));
        Shared.retain(t); // (retain! t) for a Java caller, which adopts it
        SharedHold adopted = Shared.adopt(t);
        assertEquals(3, sharedPart(t), "the adopted count moved out of the owner's part");
        onOtherThread(() -> {
            hold.close();
            adopted.close();
            org.eshkol.runtime.data.VectorLib.set(slot, 0L, Nil.NIL);
        });
        assertEquals(0, sharedPart(t));
        assertEquals(0, state(t) & SharedHeader.QUEUED, "closing them elsewhere took nothing from the owner's part");
        assertTrue(biased(t));
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertFalse(Shared.isShared(t));
    }

    @Test
    void aHoldClosedByTheOwnerAfterAnotherThreadReleasedTheOwnersCountKeepsTheZeroVisible() throws Exception {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyed.incrementAndGet());
        Shared.retain(t); // for the other thread
        SharedHold hold = Shared.hold(t);
        onOtherThread(() -> Shared.release(t)); // takes the shared part, which the hold counted, to 0
        assertEquals(0, sharedPart(t));
        hold.close(); // the owner's view: merges rather than take the shared part below zero unseen
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertEquals(1, destroyed.get(), "the last release saw the count reach zero");
    }

    @Test
    void aReleaseElsewhereOfACountTheOwnerTookIsSettledAtTheOwnersNextRelease() throws Exception {
        List<Thread> destroyedOn = new CopyOnWriteArrayList<>();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyedOn.add(Thread.currentThread()));
        Shared.retain(t); // for the other thread
        onOtherThread(() -> Shared.release(t));
        assertNotEquals(0, state(t) & SharedHeader.QUEUED, "the shared part went below zero: queued to the owner");
        assertEquals(List.of(), destroyedOn, "the owner still holds its count");
        assertTrue(Shared.isShared(t));
        Shared.release(t); // the owner's own count: the last
        assertEquals(List.of(Thread.currentThread()), destroyedOn);
    }

    @Test
    void aLastReleaseElsewhereWaitsForTheOwnersNextTouch() throws Exception {
        List<Thread> destroyedOn = new CopyOnWriteArrayList<>();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyedOn.add(Thread.currentThread()));
        Shared.retain(t);  // for the other thread
        Shared.release(t); // the owner's own count
        onOtherThread(() -> Shared.release(t)); // the last count, but only the owner can tell
        assertEquals(List.of(), destroyedOn, "deferred while the owner is busy elsewhere");
        assertEquals(0, Shared.refCount(t), "the owner's touch merges");
        assertEquals(List.of(Thread.currentThread()), destroyedOn);
    }

    @Test
    void aLastReleaseElsewhereIsSettledWhenTheOwnersFrameEnds() throws Exception {
        List<Thread> destroyedOn = new CopyOnWriteArrayList<>();
        HashTable t = new HashTable();
        try (Shared.Frame frame = Shared.frame()) {
            Shared.share(t, v -> destroyedOn.add(Thread.currentThread()));
            Shared.retain(t);
            Shared.release(t);
            onOtherThread(() -> Shared.release(t));
            assertEquals(List.of(), destroyedOn);
        }
        assertEquals(List.of(Thread.currentThread()), destroyedOn, "the frame's exit merged the queued header");
    }

    @Test
    void aReleaseElsewhereAfterTheOwnerEndedRunsTheDestructorThere() throws Exception {
        List<Thread> destroyedOn = new CopyOnWriteArrayList<>();
        HashTable t = new HashTable();
        onOtherThread(() -> {
            Shared.share(t, v -> destroyedOn.add(Thread.currentThread()));
            Shared.retain(t);
        });
        assertTrue(biased(t), "still biased to the thread that ended");
        Shared.release(t);
        assertFalse(biased(t), "merged by this thread: the owner ended");
        assertEquals(List.of(), destroyedOn);
        assertEquals(1, Shared.refCount(t));
        Shared.release(t);
        assertEquals(List.of(Thread.currentThread()), destroyedOn);
    }

    @Test
    void aLastReleaseQueuedToAnOwnerThatThenEndsIsSettledByTheSafetyNet() throws Exception {
        List<Thread> destroyedOn = new CopyOnWriteArrayList<>();
        HashTable t = new HashTable();
        CountDownLatch shared = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        Thread owner = new Thread(() -> {
            Shared.share(t, v -> destroyedOn.add(Thread.currentThread()));
            Shared.retain(t);  // for this thread
            Shared.release(t); // its own
            shared.countDown();
            try {
                released.await(); // alive while the last count goes elsewhere; then ends, touching nothing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        owner.start();
        shared.await();
        Shared.release(t);
        assertNotEquals(0, state(t) & SharedHeader.QUEUED, "queued to the owner, alive then");
        released.countDown();
        owner.join();
        for (int i = 0; i < 500 && destroyedOn.isEmpty(); i++) Thread.sleep(10);
        assertEquals(1, destroyedOn.size());
        assertEquals("eshkol-shared-safety-net", destroyedOn.get(0).getName());
        assertFalse(Shared.isShared(t));
    }

    @Test
    void eightThreadsOfAMillionPairsOnAValueWhoseOwnerAlsoCountsLeaveItExact() throws Exception {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        int threads = 8;
        int pairs = 1_000_000;
        CyclicBarrier start = new CyclicBarrier(threads + 1);
        CountDownLatch shared = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread owner = new Thread(() -> {
            try {
                Shared.share(t, v -> destroyed.incrementAndGet());
                shared.countDown();
                start.await();
                Racers.pairs(t, pairs);
                counted.countDown();
                checked.await();
                Shared.release(t);
            } catch (Throwable x) {
                failures.add(x);
            }
        });
        owner.start();
        shared.await();
        Racers.joinAll(Racers.start(threads, start, failures, () -> Racers.pairs(t, pairs)));
        counted.await();
        assertEquals(1, Shared.refCount(t));
        assertEquals(0, sharedPart(t));
        assertTrue(biased(t), "the owner's pairs stayed in its part");
        assertEquals(0, destroyed.get());
        checked.countDown();
        owner.join();
        assertEquals(List.of(), failures);
        assertEquals(1, destroyed.get());
        assertEquals(0, Shared.refCount(t));
    }

    @Test
    void theOwnersRetainsReleasedByFourOtherThreadsMergeToTheExactCount() throws Exception {
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyed.incrementAndGet());
        int threads = 4;
        int each = 250_000;
        java.util.concurrent.Semaphore taken = new java.util.concurrent.Semaphore(0);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> ts = Racers.start(threads, null, failures, () -> {
            for (int k = 0; k < each; k++) {
                taken.acquire();
                Shared.release(t);
            }
        });
        for (int k = 0; k < threads * each; k++) {
            Shared.retain(t); // the owner's count, released on another thread
            taken.release();
        }
        Racers.joinAll(ts);
        assertEquals(List.of(), failures);
        assertEquals(1, Shared.refCount(t));
        assertEquals(0, destroyed.get());
        Shared.release(t);
        assertEquals(1, destroyed.get());
    }

    @Test
    void anUpgradeElsewhereRacingTheOwnersLastReleaseNeverRevivesAReleasedValue() throws Exception {
        for (int round = 0; round < 300; round++) {
            AtomicInteger destroyed = new AtomicInteger();
            AtomicBoolean dead = new AtomicBoolean();
            AtomicInteger upgrades = new AtomicInteger();
            HashTable t = new HashTable();
            Shared.share(t, v -> {
                dead.set(true);
                destroyed.incrementAndGet();
            });
            WeakRef w = Shared.weakRef(t);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread other = new Thread(() -> {
                try {
                    start.await();
                    Object v;
                    while ((v = Shared.upgrade(w)) != null) {
                        if (dead.get()) throw new AssertionError("upgraded a released value");
                        upgrades.incrementAndGet();
                        Shared.release(v);
                    }
                } catch (Throwable x) {
                    failures.add(x);
                }
            });
            other.start();
            start.await();
            for (int i = 0; i < round % 7; i++) Thread.onSpinWait();
            Shared.release(t);
            other.join();
            assertEquals(List.of(), failures, "round " + round);
            assertEquals(1, destroyed.get(), "round " + round);
            assertEquals(0, Shared.refCount(t));
            assertNull(Shared.upgrade(w));
        }
    }

    @Test
    void theCycleCollectorNeverReclaimsACycleHeldByItsMembersOwnerOnAnotherLiveThread() throws Exception {
        SharedCycles.setReclaim(true);
        SharedCycles.collect();
        Shared.setReportListener(reports::add);
        List<String> destroyed = new CopyOnWriteArrayList<>();
        Pair a = new Pair(Nil.NIL, Nil.NIL);
        CountDownLatch shared = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        Thread owner = new Thread(() -> {
            Shared.share(a, v -> destroyed.add("a"));
            shared.countDown();
            try {
                letGo.await(); // holds its count of a meanwhile
            } catch (InterruptedException e) {
                return;
            }
            Shared.release(a);
        });
        owner.start();
        shared.await();
        Pair b = new Pair(Nil.NIL, Nil.NIL);
        Shared.share(b, v -> destroyed.add("b"));
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        Shared.release(b); // b is held only by a now: a candidate root
        assertEquals(1, sharedPart(a), "a's store count; its owner's count is in its own part");
        assertEquals(List.of(), SharedCycles.collect());
        assertEquals(List.of(), destroyed);
        assertEquals(List.of(), reports);
        letGo.countDown();
        owner.join();
        assertEquals(1, SharedCycles.collect().size(), "once its owner let go, the cycle is garbage");
        assertEquals(2, destroyed.size());
    }

    @Test
    void theCollectorOnTheOwnerThreadCountsItsPartExactlyAndKeepsTheBias() {
        SharedCycles.setReclaim(true);
        SharedCycles.collect();
        Shared.setReportListener(reports::add);
        List<String> destroyed = new CopyOnWriteArrayList<>();
        Pair a = new Pair(Nil.NIL, Nil.NIL);
        Pair b = new Pair(Nil.NIL, Nil.NIL);
        Shared.share(a, v -> destroyed.add("a"));
        Shared.share(b, v -> destroyed.add("b"));
        PairLib.setCar(a, b);
        PairLib.setCar(b, a);
        Shared.release(b); // a candidate root, held by a, which this thread still holds
        assertEquals(List.of(), SharedCycles.collect());
        assertTrue(biased(a), "visiting a did not merge this thread's part");
        assertEquals(2, Shared.refCount(a));
        Shared.release(a);
        assertEquals(1, SharedCycles.collect().size());
        assertEquals(2, destroyed.size());
    }

    @Test
    void releasesElsewhereBeyondTheCountAreReportedWhenMerged() throws Exception {
        Shared.setReportListener(reports::add);
        AtomicInteger destroyed = new AtomicInteger();
        HashTable t = new HashTable();
        Shared.share(t, v -> destroyed.incrementAndGet());
        onOtherThread(() -> {
            Shared.release(t);
            Shared.release(t); // one more than counted: the other thread cannot tell
        });
        assertEquals(0, Shared.refCount(t));
        assertEquals(1, destroyed.get());
        assertEquals(1, reports.size(), reports.toString());
        assertTrue(reports.get(0).startsWith("shared value released more often than counted: hash table (shared at "
                + "BiasedCountsTest.java:"), reports.get(0));
        assertTrue(reports.get(0).endsWith(" was released 1 more time than it was counted, by a thread other than"
                + " the one that shared it"), reports.get(0));
    }
}
