package org.eshkol.engine.jsr223;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Session.Slot gives each thread its own session, whichever thread the slot remembers. */
class SessionSlotTest {
    private static Session[] onThread(Session.Slot slot) throws InterruptedException {
        AtomicReference<Session[]> out = new AtomicReference<>();
        Thread t = new Thread(() -> out.set(new Session[] {slot.get(), slot.get(), Session.current()}));
        t.start();
        t.join();
        return out.get();
    }

    @Test
    void eachThreadGetsItsOwnSession() throws InterruptedException {
        Session.Slot slot = new Session.Slot();
        Session mine = slot.get();
        assertSame(Session.current(), mine);
        Session[] other = onThread(slot); // the slot remembers this thread; the other one misses
        assertSame(other[2], other[0]);
        assertSame(other[2], other[1]);
        assertNotSame(mine, other[0]);
        assertSame(mine, slot.get());
    }

    @Test
    void aSlotRememberedByAThreadThatEndedServesTheNextThreads() throws InterruptedException {
        Session.Slot slot = new Session.Slot();
        Session first = onThread(slot)[0]; // that thread has ended
        Session[] second = onThread(slot);
        assertNotSame(first, second[0]);
        assertSame(second[2], second[0]);
        assertSame(second[2], second[1]);
        assertSame(Session.current(), slot.get());
        assertNotSame(second[0], slot.get());
    }
}
