package org.eshkol.engine.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eshkol.engine.interop.InteropSyntax.Kind;
import org.eshkol.engine.interop.InteropSyntax.Ref;
import org.junit.jupiter.api.Test;

class InteropSyntaxTest {
    @Test
    void parsesEveryForm() {
        assertEquals(new Ref(Kind.STATIC, "java.lang.Math", "max"), InteropSyntax.parse("java.lang.Math:max"));
        assertEquals(new Ref(Kind.STATIC, "Math", "PI"), InteropSyntax.parse("Math:PI"));
        assertEquals(new Ref(Kind.CONSTRUCTOR, "java.util.ArrayList", "new"), InteropSyntax.parse("java.util.ArrayList:new"));
        assertEquals(new Ref(Kind.STATIC_FIELD_SET, "a.B", "count"), InteropSyntax.parse("a.B:set-count!"));
        assertEquals(new Ref(Kind.INSTANCE, null, "length"), InteropSyntax.parse(".length"));
        assertEquals(new Ref(Kind.INSTANCE_FIELD_GET, null, "x"), InteropSyntax.parse(".-x"));
        assertEquals(new Ref(Kind.INSTANCE_FIELD_SET, null, "x"), InteropSyntax.parse(".set-x!"));
    }

    @Test
    void rejectsOrdinarySymbols() {
        for (String s : new String[] {"car", "...", ".", "a:", ":a", "a:b:c", "string->list", "1a:b", "a..b:c",
                "a:b-c", ".a-b", ".-", ".set-!", "a:set-!", "x:set-1!"}) {
            assertNull(InteropSyntax.parse(s), s);
            assertFalse(InteropSyntax.isInterop(s), s);
        }
    }
}
