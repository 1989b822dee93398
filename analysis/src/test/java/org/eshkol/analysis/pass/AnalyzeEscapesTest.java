package org.eshkol.analysis.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.CoreNodes;
import org.eshkol.analysis.ir.LocalVar;
import org.eshkol.analysis.ir.Program;
import org.eshkol.analysis.pass.EscapeFacts.Alloc;
import org.eshkol.analysis.pass.EscapeFacts.Escape;
import org.junit.jupiter.api.Test;

/** The decisions of {@link EscapeFacts} that the code generator uses, asked node by node. */
class AnalyzeEscapesTest {

    private record Analysed(Program program, EscapeFacts facts) {
        /** The {@code n}th call (in source order) whose operator is the global or builtin {@code name}. */
        Core.Call call(String name, int n) {
            List<Core.Call> found = new ArrayList<>();
            for (Core f : program.forms()) collect(f, name, found);
            found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            return found.get(n);
        }

        Core.Call call(String name) { return call(name, 0); }

        Escape var(String name) {
            List<LocalVar> found = new ArrayList<>();
            for (Core f : program.forms()) vars(f, name, found);
            assertEquals(1, found.size(), "variables named " + name);
            return facts.escapeOf(found.get(0));
        }

        Core store(Class<? extends Core> kind, int n) {
            List<Core> found = new ArrayList<>();
            for (Core f : program.forms()) nodes(f, kind, found);
            return found.get(n);
        }
    }

    private static void collect(Core node, String name, List<Core.Call> out) {
        if (node instanceof Core.Call c && (c.fn() instanceof Core.GlobalRef g && g.name().equals(name)
                || c.fn() instanceof Core.PrimRef p && p.name().equals(name))) out.add(c);
        for (Core child : CoreNodes.children(node)) collect(child, name, out);
    }

    private static void vars(Core node, String name, List<LocalVar> out) {
        List<LocalVar> bound = switch (node) {
            case Core.Let l -> l.vars();
            case Core.Letrec l -> l.vars();
            case Core.Lambda l -> l.params();
            default -> List.of();
        };
        for (LocalVar v : bound) if (v.name().equals(name)) out.add(v);
        for (Core child : CoreNodes.children(node)) vars(child, name, out);
    }

    private static void nodes(Core node, Class<? extends Core> kind, List<Core> out) {
        if (kind.isInstance(node)) out.add(node);
        for (Core child : CoreNodes.children(node)) nodes(child, kind, out);
    }

    private static Analysed analyse(String text) {
        Program p = EscapeTesting.program("t.esk", text);
        return new Analysed(p, AnalyzeEscapes.analyze(p));
    }

    @Test
    void allocationFollowsTheCategory() {
        Analysed a = analyse("""
                (define saved #f)
                (define (f n)
                  (let ((local (make-bytevector n)))
                    (bytevector-u8-set! local 0 1)
                    (with-region
                      (set! saved (make-f64vector 2))
                      (let ((tmp (bytevector 1 2)))
                        (bytevector-copy tmp)))))
                (define (g) (make-bytevector 3))
                (f 4)
                (g)
                """);
        assertEquals(Alloc.REGION, a.facts.allocationOf(a.call("make-bytevector", 0)));
        assertEquals(Alloc.SHARED, a.facts.allocationOf(a.call("make-f64vector")));
        assertEquals(Alloc.REGION, a.facts.allocationOf(a.call("bytevector")));
        assertEquals(Alloc.CALLER_REGION, a.facts.allocationOf(a.call("bytevector-copy")));
        // returned from a procedure: the caller's region is the current region at run time
        assertEquals(Escape.RETURN, a.facts.escapeOf(a.call("make-bytevector", 1)));
        assertEquals(Alloc.REGION, a.facts.allocationOf(a.call("make-bytevector", 1)));
        // a call that allocates nothing is answered with the default
        assertEquals(Alloc.REGION, a.facts.allocationOf(a.call("bytevector-u8-set!")));
        assertFalse(a.facts.promoteAtExit(a.call("%with-region")));
    }

    @Test
    void exitPromotionIsKeptWhenTheResultMayHoldARegionValue() {
        Analysed a = analyse("""
                (define (helper) (make-bytevector 2))
                (define (a) (with-region (helper)))
                (define (b) (with-region (unknown-proc)))
                (define (c x) (with-region (cons x 1)))
                (define (d) (with-region (+ 1 2)))
                (define (e) (with-region (let ((v (make-vector 1 (make-bytevector 1)))) v)))
                (define (f) (with-region (vector (make-bytevector 1))) 0)
                (define (g) (with-region (with-region (make-bytevector 1))))
                """);
        List<Boolean> promote = new ArrayList<>();
        for (int i = 0; i < 8; i++) promote.add(a.facts.promoteAtExit(a.call("%with-region", i)));
        // helper's bytevector is made in the current region; unknown result; x predates the region;
        // a number; a structure of caller-region values; the same, the region's value dropped; nested regions:
        // the inner exit needs none, the outer one must move what the inner put in its region
        assertEquals(List.of(true, true, false, false, false, false, true, false), promote);
        assertEquals(Alloc.CALLER_REGION, a.facts.allocationOf(a.call("make-bytevector", 3)));
        assertEquals(3, a.facts.promotions().size());
        assertTrue(a.facts.promotions().get(0).reason().contains("make-bytevector at 1:18"), a.facts.promotions().toString());
    }

    @Test
    void storePromotionIsSkippedOnlyForValuesOutsideAnyRegion() {
        Analysed a = analyse("""
                (define g #f)
                (define (keep x) (set! g x))
                (define (fresh) (set! g (make-bytevector 1)))
                (define (number) (set! g 42))
                (define (into v) (vector-set! v 0 (make-bytevector 1)))
                """);
        assertTrue(a.facts.promoteAtStore(a.store(Core.GlobalSet.class, 0)));
        assertFalse(a.facts.promoteAtStore(a.store(Core.GlobalSet.class, 1)));
        assertFalse(a.facts.promoteAtStore(a.store(Core.GlobalSet.class, 2)));
        // stored into an unknown container: it escapes, so it is made outside any region
        assertEquals(Alloc.SHARED, a.facts.allocationOf(a.call("make-bytevector", 1)));
        assertFalse(a.facts.promoteAtStore(a.call("vector-set!")));
        assertFalse(a.facts.promoteAtStore(a.store(Core.GlobalDefine.class, 0)));
    }

    @Test
    void closuresHandedToUnknownCodeLetTheirCapturesEscapeAndReceiveUnknownArguments() {
        Analysed a = analyse("""
                (define (start)
                  (let ((buf (make-bytevector 4))
                        (mine (make-bytevector 4)))
                    (java.lang.Thread:new (lambda () (bytevector-u8-ref buf 0)))
                    (for-each (lambda (x) (bytevector-u8-ref mine x)) '(0 1))
                    (register-callback (lambda (item) (set-car! item mine)))))
                """);
        assertEquals(Escape.GLOBAL, a.var("buf"));
        assertEquals(Escape.GLOBAL, a.var("mine"));
        assertEquals(Escape.GLOBAL, a.facts.escapeOf(a.call("make-bytevector", 0)));
    }

    @Test
    void aClosureOnlyCalledLocallyKeepsItsCapturesLocal() {
        Analysed a = analyse("""
                (define (sum-squares lst)
                  (let ((scratch (make-f64vector 1 0.0)))
                    (let ((add! (lambda (x) (f64vector-set! scratch 0 (+ (f64vector-ref scratch 0) (* x x))))))
                      (for-each add! lst)
                      (add! 1)
                      (f64vector-ref scratch 0))))
                """);
        assertEquals(Escape.NONE, a.var("scratch"));
        assertEquals(Escape.NONE, a.var("add!"));
        assertEquals(Alloc.REGION, a.facts.allocationOf(a.call("make-f64vector")));
    }

    @Test
    void returnedClosureMakesItsCapturesClosureEscapes() {
        Analysed a = analyse("""
                (define (make-reader)
                  (let ((buf (make-bytevector 8)))
                    (lambda (i) (bytevector-u8-ref buf i))))
                (display ((make-reader) 0))
                """);
        assertEquals(Escape.CLOSURE, a.var("buf"));
        assertEquals(Escape.CLOSURE, a.facts.escapeOf(a.call("make-bytevector")));
        assertEquals(Alloc.SHARED, a.facts.allocationOf(a.call("make-bytevector")));
    }

    @Test
    void cyclicStructuresAndDeepRecursionReachAFixedPoint() {
        Analysed a = analyse("""
                (define (ring n)
                  (let ((first (list (make-bytevector 1))))
                    (let loop ((i 0) (last first))
                      (if (= i n)
                          (begin (set-cdr! last first) first)
                          (let ((next (list (make-bytevector 1))))
                            (set-cdr! last next)
                            (loop (+ i 1) next))))))
                (define (walk l k) (if (= k 0) (car l) (walk (cdr l) (- k 1))))
                (define (ping x) (if (pair? x) (pong (cdr x)) x))
                (define (pong x) (if (pair? x) (ping (cdr x)) x))
                (display (walk (ring 3) 10))
                (display (ping (ring 2)))
                """);
        assertEquals(Escape.RETURN, a.facts.escapeOf(a.call("make-bytevector", 0)));
        assertEquals(Escape.RETURN, a.facts.escapeOf(a.call("make-bytevector", 1)));
        assertEquals(Escape.RETURN, a.var("next"));
    }

    @Test
    void storesIntoAnOuterContainerEscapeOnlyForObjectsYoungerThanIt() {
        Analysed a = analyse("""
                (define (collect lst)
                  (let ((v (make-vector 1 #f))
                        (mark (make-bytevector 1)))
                    (for-each (lambda (x)
                                (vector-set! v 0 mark)
                                (vector-set! v 0 (make-bytevector x)))
                              lst)
                    (vector-length v)))
                """);
        assertEquals(Escape.NONE, a.var("mark"));
        assertEquals(Escape.NONE, a.var("v"));
        // made in the lambda, kept in v after the lambda returns
        assertEquals(Escape.GLOBAL, a.facts.escapeOf(a.call("make-bytevector", 1)));
    }

    @Test
    void conservativeFactsKeepEveryDefault() {
        Analysed a = analyse("(define (f) (with-region (make-bytevector 2)))");
        assertEquals(Alloc.CALLER_REGION, a.facts.allocationOf(a.call("make-bytevector")));
        assertFalse(a.facts.promoteAtExit(a.call("%with-region")));
        EscapeFacts none = EscapeFacts.conservative();
        assertTrue(none.isConservative());
        assertEquals(Alloc.REGION, none.allocationOf(a.call("make-bytevector")));
        assertTrue(none.promoteAtExit(a.call("%with-region")));
        assertTrue(none.promoteAtStore(a.store(Core.GlobalDefine.class, 0)));
        assertEquals(List.of(), none.promotions());
    }

    @Test
    void labelsAreLowerCaseWithDashes() {
        assertEquals("caller-region", Alloc.CALLER_REGION.label());
        assertEquals("caller-region", Alloc.CALLER_REGION.toString());
        assertEquals("stack", Alloc.STACK.toString());
        assertEquals("closure", Escape.CLOSURE.toString());
    }

    @Test
    void recordSetterStoresAreProvenOnlyThroughKnownSettersOfValuesOutsideAnyRegion() {
        Analysed a = analyse("""
                (define-record-type box (make-box v) box? (v box-v set-box-v!))
                (define b (make-box 0))
                (define (put! x) (set-box-v! b x))
                (define (local)
                  (define-record-type cell (make-cell v) cell? (v cell-v set-cell-v!))
                  (let ((c (make-cell 0)))
                    (with-region (set-cell-v! c (list 1 2)))
                    (with-region (let ((d (make-cell 0))) (set-cell-v! d (make-bytevector 1)) (bytevector-length (cell-v d))))
                    c))
                (with-region (set-box-v! b 42))
                """);
        assertFalse(a.facts.isProvenRecordStore(a.call("set-box-v!", 0)), "a parameter unknown callers may pass");
        assertTrue(a.facts.isProvenRecordStore(a.call("set-box-v!", 1)));
        Core.Call local = localCall(a, "set-cell-v!", 0);
        assertTrue(a.facts.isProvenRecordStore(local));
        assertFalse(a.facts.promoteAtStore(local));
        assertFalse(a.facts.isProvenRecordStore(localCall(a, "set-cell-v!", 1)), "a bytevector made in the region, in a record of the region");
        assertFalse(EscapeFacts.conservative().isProvenRecordStore(a.call("set-box-v!", 1)));

        Analysed assigned = analyse("""
                (define-record-type box (make-box v) box? (v box-v set-box-v!))
                (define b (make-box 0))
                (define (f g) (let ((s set-box-v!)) (if g (set! s g)) (with-region (s b 1))))
                (set! set-box-v! (lambda (r v) v))
                (with-region (set-box-v! b 1))
                """);
        assertFalse(assigned.facts.isProvenRecordStore(localCall(assigned, "s", 0)), "a local that may be assigned anything");
        assertFalse(assigned.facts.isProvenRecordStore(assigned.call("set-box-v!", 0)), "a global that is assigned");
    }

    /** The {@code n}th call (in source order) whose operator is a local variable named {@code name}. */
    private static Core.Call localCall(Analysed a, String name, int n) {
        List<Core.Call> found = new ArrayList<>();
        for (Core f : a.program().forms()) localCalls(f, name, found);
        found.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return found.get(n);
    }

    private static void localCalls(Core node, String name, List<Core.Call> out) {
        if (node instanceof Core.Call c && c.fn() instanceof Core.LocalRef r && r.var().name().equals(name)) out.add(c);
        for (Core child : CoreNodes.children(node)) localCalls(child, name, out);
    }
}
