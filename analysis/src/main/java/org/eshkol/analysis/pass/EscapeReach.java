package org.eshkol.analysis.pass;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * What each object of a solved {@link EscapeGraph} reaches through contents (itself included),
 * computed once for all objects: strongly connected components of the contents relation (Tarjan,
 * iterative, so long chains do not overflow the stack), each component's set the union of its
 * members and of the sets of the components it points to.
 */
final class EscapeReach {
    private final List<EscapeGraph.Obj> objects;
    private final BitSet[] reach;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final ArrayDeque<Integer> stack = new ArrayDeque<>();
    private int counter;

    EscapeReach(List<EscapeGraph.Obj> objects) {
        this.objects = objects;
        int n = objects.size();
        reach = new BitSet[n];
        index = new int[n];
        low = new int[n];
        onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) if (index[i] < 0) component(i);
    }

    /** Every object reachable from the objects of {@code start}, {@code start} included. */
    BitSet from(EscapeIdSet start) {
        BitSet out = new BitSet();
        for (int id = start.nextSetBit(0); id >= 0; id = start.nextSetBit(id + 1)) out.or(reach[id]);
        return out;
    }

    private EscapeIdSet succ(int v) { return objects.get(v).contents.pts; }

    private void component(int root) {
        // frames: object, next successor to look at
        ArrayDeque<int[]> frames = new ArrayDeque<>();
        enter(root);
        frames.push(new int[] {root, succ(root).nextSetBit(0)});
        while (!frames.isEmpty()) {
            int[] f = frames.peek();
            int v = f[0];
            int w = f[1];
            if (w >= 0) {
                f[1] = succ(v).nextSetBit(w + 1);
                if (index[w] < 0) {
                    enter(w);
                    frames.push(new int[] {w, succ(w).nextSetBit(0)});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                int parent = frames.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) close(v);
        }
    }

    private void enter(int v) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
    }

    /** Pops the component rooted at {@code v}; its members share one set. */
    private void close(int v) {
        BitSet members = new BitSet();
        int w;
        do {
            w = stack.pop();
            onStack[w] = false;
            members.set(w);
        } while (w != v);
        BitSet set = (BitSet) members.clone();
        for (int m = members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) {
            EscapeIdSet s = succ(m);
            for (int x = s.nextSetBit(0); x >= 0; x = s.nextSetBit(x + 1)) if (!members.get(x)) set.or(reach[x]);
        }
        for (int m = members.nextSetBit(0); m >= 0; m = members.nextSetBit(m + 1)) reach[m] = set;
    }
}
