package org.eshkol.engine.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eshkol.runtime.Char;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Procedure;
import org.eshkol.runtime.SchemeError;
import org.eshkol.runtime.Unspecified;
import org.junit.jupiter.api.Test;

class JavaValuesTest {
    @Test
    void javaValuesBecomeEshkolValues() {
        assertEquals(5L, JavaValues.toScheme(5));
        assertEquals(5L, JavaValues.toScheme((short) 5));
        assertEquals(5L, JavaValues.toScheme((byte) 5));
        assertEquals(7L, JavaValues.toScheme(BigInteger.valueOf(7)));
        BigInteger big = BigInteger.TWO.pow(80);
        assertSame(big, JavaValues.toScheme(big));
        assertEquals(1.5, JavaValues.toScheme(1.5f));
        assertSame(Unspecified.VALUE, JavaValues.toScheme(null));
        MString s = assertInstanceOf(MString.class, JavaValues.toScheme("hi"));
        assertTrue(s.isImmutable());
        assertEquals(Char.of('x'), JavaValues.toScheme('x'));
        Object[] v = (Object[]) JavaValues.toScheme(new String[] {"a"});
        assertInstanceOf(MString.class, v[0]);
        Object[] vector = {1L};
        assertSame(vector, JavaValues.toScheme(vector));
        StringBuilder other = new StringBuilder();
        assertSame(other, JavaValues.toScheme(other));
    }

    @Test
    void eshkolValuesBecomeJavaValues() {
        assertEquals("hi", JavaValues.toJava(MString.of("hi")));
        assertEquals('x', JavaValues.toJava(Char.of('x')));
        assertNull(JavaValues.toJava(Unspecified.VALUE));
        assertEquals(3, JavaValues.toJava(3L, int.class));
        assertEquals(3.0, JavaValues.toJava(3L, double.class));
        assertEquals(BigInteger.valueOf(3), JavaValues.toJava(3L, BigInteger.class));
        assertEquals(List.of(1L, "a"), JavaValues.toJava(new Pair(1L, new Pair(MString.of("a"), Nil.NIL)), List.class));
        assertArrayEquals(new int[] {1, 2}, (int[]) JavaValues.toJava(new Object[] {1L, 2L}, int[].class));
        assertEquals(false, JavaValues.toJava(Boolean.FALSE, boolean.class));
        assertEquals(true, JavaValues.toJava(Nil.NIL, boolean.class), "only #f is false");
        assertThrows(SchemeError.class, () -> JavaValues.toJava(1L << 40, int.class));
        assertThrows(SchemeError.class, () -> JavaValues.toJava(MString.of("x"), int.class));
    }

    @Test
    void conversionCostsOrderOverloads() {
        assertTrue(Conversions.cost(Long.class, long.class) < Conversions.cost(Long.class, int.class));
        assertTrue(Conversions.cost(Long.class, int.class) < Conversions.cost(Long.class, double.class));
        assertTrue(Conversions.cost(Long.class, double.class) < Conversions.cost(Long.class, Object.class));
        assertTrue(Conversions.cost(MString.class, String.class) < Conversions.cost(MString.class, CharSequence.class));
        assertEquals(Conversions.NONE, Conversions.cost(MString.class, int.class));
        assertEquals(Conversions.NONE, Conversions.cost(Double.class, long.class));
        assertEquals(Conversions.NONE, Conversions.cost(Unspecified.class, int.class));
        assertTrue(Conversions.cost(Pair.class, List.class) >= 0);
        assertEquals(Conversions.NONE, Conversions.cost(Pair.class, String.class));
    }

    /** A two-argument procedure subtracting its arguments, as a compiled lambda would be. */
    private static final class Minus extends Procedure {
        @Override
        public Object applyN(Object[] args) { return (Long) args[0] - (Long) args[1]; }
    }

    private static final class IsEmptyString extends Procedure {
        @Override
        public Object applyN(Object[] args) { return ((MString) args[0]).length() == 0; }
    }

    private static final class Upcase extends Procedure {
        @Override
        public Object applyN(Object[] args) { return MString.of(args[0].toString().toUpperCase()); }
    }

    @Test
    @SuppressWarnings("unchecked")
    void proceduresBecomeFunctionalInterfaces() {
        Comparator<Integer> c = (Comparator<Integer>) JavaValues.toJava(new Minus(), Comparator.class);
        assertTrue(c.compare(1, 5) < 0);
        assertEquals(List.of(1, 2, 3), java.util.stream.Stream.of(3, 1, 2).sorted(c).toList());
        Predicate<String> p = (Predicate<String>) JavaValues.toJava(new IsEmptyString(), Predicate.class);
        assertTrue(p.test(""));
        assertTrue(!p.test("x"));
        Function<String, Object> f = (Function<String, Object>) JavaValues.toJava(new Upcase(), Function.class);
        assertEquals("AB", f.apply("ab"), "string results come back as java.lang.String");
        assertNull(FunctionalAdapters.samOf(List.class));
        assertEquals("compare", FunctionalAdapters.samOf(Comparator.class).getName());
    }
}
