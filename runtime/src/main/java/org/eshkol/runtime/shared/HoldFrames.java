package org.eshkol.runtime.shared;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Counts handed on through results (Tier 4): a per-thread stack of held values, in the manner of
 * Objective-C's autorelease pools. A scope that holds a count and whose result still reaches the
 * value (a returned list, a raised error object holding it) does not forget the count: it
 * <em>transfers</em> it here, to the enclosing frame. A frame is a mark in this stack: it is entered
 * by remembering the stack's size, and at its exit every transfer above the mark is released,
 * except those its own result (or the payload of the error leaving it) still reaches, which stay for
 * the next frame out. A top-level form, an engine evaluation and a script procedure called from Java
 * are frames (their result crossing into Java is borrowed: the counts are released when they
 * return); inside scripts the compiler places frames where a call may hand counts on
 * ({@code FindSharedHolds}). A global {@code define} takes the transfers its value reaches: the
 * global holds those counts from then on.
 *
 * <p>While no shared value is alive, entering a frame is one volatile read and answers mark 0, and
 * leaving one is one volatile read. That is sound: every entry of the stack holds a count of a live
 * value, so while none is alive every entry below a frame entered then is a dead one, which any
 * frame may drop.
 */
final class HoldFrames {
    private HoldFrames() {}

    private static final ThreadLocal<HoldFrames.Stack> STACK = ThreadLocal.withInitial(Stack::new);

    /** The values this thread's frames hold, innermost last. */
    static final class Stack {
        Object[] values = new Object[8];
        int size;
        /** Headers biased to this thread that other threads queued for it to merge ({@link BiasedCounts}). */
        final BiasedCounts.Owner owner = new BiasedCounts.Owner();

        void push(Object v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }
    }

    /** The mark of a frame entered now. */
    static int enter() {
        return SharedRegistry.LIVE.get() == 0 ? 0 : STACK.get().size;
    }

    /** This thread's queue of biased headers to merge, for the headers of the values it shares. */
    static BiasedCounts.Owner owner() { return STACK.get().owner; }

    /** A count of {@code v} now belongs to the innermost frame of this thread. */
    static void transfer(Object v) { STACK.get().push(v); }

    /**
     * Leaves the frame entered at {@code mark} with {@code result} (null when it has none worth
     * keeping): releases the transfers above the mark that {@code result} does not reach; the others
     * stay for the enclosing frame.
     */
    static void exit(int mark, Object result) {
        Stack s = STACK.get();
        if (s.owner.pending) {
            try {
                BiasedCounts.drain(s.owner); // the owner merges what other threads queued to it
            } catch (RuntimeException e) {
                try {
                    exit(mark, result);
                } catch (RuntimeException more) {
                    e.addSuppressed(more);
                }
                throw e;
            }
        }
        if (s.size <= mark) return;
        if (s.size == mark + 1 && reachesNothing(result)) {
            // the common case: one count handed on, a result that holds nothing (a number, a symbol)
            Object v = s.values[mark];
            s.values[mark] = null;
            s.size = mark;
            Shared.releaseLocal(v);
            return;
        }
        int n = s.size - mark;
        Object[] above = Arrays.copyOfRange(s.values, mark, s.size);
        Arrays.fill(s.values, mark, s.size, null);
        s.size = mark;
        Map<Object, Boolean> reached = reachedBy(result);
        // release after the stack is consistent: a destructor may run script code that uses frames
        RuntimeException failure = null;
        for (int i = 0; i < n; i++) {
            Object v = above[i];
            if (reached.containsKey(v)) {
                s.push(v);
                above[i] = null;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (above[i] == null) continue;
            try {
                Shared.releaseLocal(above[i]);
            } catch (RuntimeException e) {
                if (failure == null) failure = e;
            }
        }
        if (failure != null) throw failure;
    }

    /**
     * A global took {@code v} without counting ({@code define}): the transfers {@code v} reaches now
     * belong to the global, so they leave the stack without being released.
     */
    static void claim(Object v) {
        Stack s = STACK.get();
        if (s.size == 0) return;
        Map<Object, Boolean> reached = reachedBy(v);
        int out = 0;
        for (int i = 0; i < s.size; i++) {
            Object x = s.values[i];
            if (reached.remove(x) != null) continue; // the global takes one count of each value it reaches
            s.values[out++] = x;
        }
        Arrays.fill(s.values, out, s.size, null);
        s.size = out;
    }

    /** The transfers held by this thread now (for tests and reports). */
    static int depth() { return STACK.get().size; }

    private static boolean reachesNothing(Object result) {
        return result == null || (Shared.header(result) == null && org.eshkol.runtime.Children.isLeaf(result));
    }

    private static Map<Object, Boolean> reachedBy(Object result) {
        Map<Object, Boolean> m = new IdentityHashMap<>();
        if (result != null) Reach.forEachHeld(result, null, (h, x, c) -> m.put(x, Boolean.TRUE));
        return m;
    }
}
