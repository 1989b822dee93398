package org.eshkol.runtime.shared;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.junit.jupiter.api.Test;

/** Counts handed on through results: kept by the frames whose results reach them, released by the others. */
class HoldFramesTest {
    @Test
    void aCountKeptByAScopeGoesToTheEnclosingFrame() {
        AtomicInteger destroyed = new AtomicInteger();
        Object[] v = {1L};
        int outer = Shared.frameEnter();
        Shared.share(v, x -> destroyed.incrementAndGet());
        Pair result = new Pair(v, Nil.NIL);
        Shared.releaseLocal(v, result); // the holding scope returns (list v): the count moves on
        assertEquals(1, Shared.refCount(v));
        assertEquals(0, destroyed.get());
        int inner = Shared.frameEnter();
        Shared.frameExit(inner, null); // a frame entered later has nothing of it
        assertEquals(0, destroyed.get());
        Shared.frameExit(outer, result); // the frame's result still reaches it: handed further out
        assertEquals(0, destroyed.get());
        int top = outer; // the next frame out (here, the same mark) ends with a result that does not reach it
        Shared.frameExit(top, "other");
        assertEquals(1, destroyed.get());
    }

    @Test
    void aGlobalDefineTakesTheCount() {
        AtomicInteger destroyed = new AtomicInteger();
        Object[] v = {2L};
        int frame = Shared.frameEnter();
        Shared.share(v, x -> destroyed.incrementAndGet());
        Pair result = new Pair(v, Nil.NIL);
        Shared.releaseLocal(v, result);
        Shared.defined(result);
        Shared.frameExit(frame, null);
        assertEquals(0, destroyed.get());
        assertEquals(1, Shared.refCount(v));
        Shared.release(v);
        assertEquals(1, destroyed.get());
    }

    @Test
    void aJavaFrameReleasesWhatProceduresHandedBack() {
        AtomicInteger destroyed = new AtomicInteger();
        Object[] v = {3L};
        try (Shared.Frame f = Shared.frame()) {
            Shared.share(v, x -> destroyed.incrementAndGet());
            Shared.releaseLocal(v, new Pair(v, Nil.NIL));
            assertEquals(0, destroyed.get());
        }
        assertEquals(1, destroyed.get());
    }

    @Test
    void anErrorLeavingAFrameKeepsWhatItsPayloadReaches() {
        AtomicInteger destroyed = new AtomicInteger();
        Object[] v = {4L};
        int frame = Shared.frameEnter();
        Shared.share(v, x -> destroyed.incrementAndGet());
        Shared.releaseLocal(v, v);
        Shared.frameExitOnThrow(frame, new RuntimeException("not a script raise"));
        assertEquals(1, destroyed.get());
    }
}
