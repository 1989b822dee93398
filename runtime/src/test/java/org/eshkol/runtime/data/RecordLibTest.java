package org.eshkol.runtime.data;

import static org.eshkol.runtime.data.TestSupport.assertError;
import static org.eshkol.runtime.data.TestSupport.assertWrites;
import static org.eshkol.runtime.data.TestSupport.read;
import static org.eshkol.runtime.data.TestSupport.sym;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eshkol.runtime.Procedure;
import org.junit.jupiter.api.Test;

class RecordLibTest {

    @Test
    void pointRecord() {
        Object type = RecordLib.makeType(sym("<point>"), read("(x y z)"));
        Procedure make = (Procedure) RecordLib.constructor(type, read("(y x)"), sym("make-point"));
        Procedure isPoint = (Procedure) RecordLib.predicate(type, sym("point?"));
        Procedure px = (Procedure) RecordLib.accessor(type, sym("x"), sym("point-x"));
        Procedure pz = (Procedure) RecordLib.accessor(type, sym("z"));
        Procedure setX = (Procedure) RecordLib.modifier(type, sym("x"), sym("set-point-x!"));
        Object p = make.call2(2L, 1L);
        assertEquals(1L, px.call1(p));
        assertEquals(Boolean.FALSE, pz.call1(p));
        assertEquals(Boolean.TRUE, isPoint.call1(p));
        assertEquals(Boolean.FALSE, isPoint.call1(5L));
        setX.call2(p, 10L);
        assertEquals(10L, px.call1(p));
        assertWrites("#<point>", p);
        assertError("point-x: expected a <point>, got 5", () -> px.call1(5L));
        assertError("z accessor: expected a <point>, got 5", () -> pz.call1(5L));
        assertError("set-point-x!: expected a <point>, got 5", () -> setX.call2(5L, 1L));
        assertError("make-point: wrong number of arguments: expected 2, got 1", () -> make.call1(1L));
        Object other = RecordLib.makeType(sym("<point>"), read("(x y z)"));
        Object q = ((Procedure) RecordLib.constructor(other, read("(x)"))).call1(1L);
        assertEquals(Boolean.FALSE, isPoint.call1(q));
        assertError("%record-accessor: no such field in <point> w", () -> RecordLib.accessor(type, sym("w")));
    }
}
