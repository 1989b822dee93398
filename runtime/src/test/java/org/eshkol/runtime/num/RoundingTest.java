package org.eshkol.runtime.num;

import static org.eshkol.runtime.num.ExactnessBuiltins.*;
import static org.eshkol.runtime.num.N.*;

import org.junit.jupiter.api.Test;

class RoundingTest {
    @Test
    void r7rsExamples() {
        eqv(-5.0, floor(-4.3));
        eqv(-4.0, ceiling(-4.3));
        eqv(-4.0, truncate(-4.3));
        eqv(-4.0, round(-4.3));
        eqv(3.0, floor(3.5));
        eqv(4.0, ceiling(3.5));
        eqv(3.0, truncate(3.5));
        eqv(4.0, round(3.5));
        eqv(4L, round(rat(7, 2)));
        eqv(7L, round(7L));
        eqv(-4.0, round(-4.5));
        eqv(-4.0, round(-3.5));
        eqv(2.0, round(2.5));
    }

    @Test
    void rationalsStayExact() {
        eqv(-4L, floor(rat(-7, 2)));
        eqv(-3L, ceiling(rat(-7, 2)));
        eqv(-3L, truncate(rat(-7, 2)));
        eqv(-4L, round(rat(-7, 2)));
        eqv(2L, round(rat(5, 2)));
        eqv(-2L, round(rat(-5, 2)));
        eqv(3L, round(rat(8, 3)));
        eqv(-3L, round(rat(-8, 3)));
        eqv(2L, round(rat(7, 3)));
        eqv(0L, truncate(rat(-1, 2)));
        eqv(-1L, floor(rat(-1, 2)));
        eqv(1L, ceiling(rat(1, 100)));
        eqv(num("33333333333333333333"), floor(rat("100000000000000000000", "3")));
        eqv(num("100000000000000000000"), round(num("100000000000000000000")));
        eqv(MIN, floor(MIN));
    }

    @Test
    void flonumEdgeCases() {
        eqv(-0.0, round(-0.4));
        eqv(-0.0, truncate(-0.5));
        eqv(Double.POSITIVE_INFINITY, floor(Double.POSITIVE_INFINITY));
        eqv(1e300, round(1e300));
        fails("round: expected a number, got #t", () -> round(Boolean.TRUE));
        fails("floor: expected a number, got #f", () -> floor(Boolean.FALSE));
    }

    @Test
    void rationalize() {
        eqv(rat(1, 3), ExactnessBuiltins.rationalize(exact(0.3), rat(1, 10))); // R7RS example
        eqv(1.0 / 3, ExactnessBuiltins.rationalize(0.3, rat(1, 10))); // R7RS example
        eqv(0L, ExactnessBuiltins.rationalize(rat(1, 2), 1L));
        eqv(3L, ExactnessBuiltins.rationalize(3L, 0L));
        eqv(rat(-1, 3), ExactnessBuiltins.rationalize(exact(-0.3), rat(1, 10)));
        eqv(rat(1, 3), ExactnessBuiltins.rationalize(exact(0.3), rat(-1, 10)));
        eqv(2L, ExactnessBuiltins.rationalize(rat(5, 2), rat(1, 2)));
        eqv(rat(22, 7), ExactnessBuiltins.rationalize(exact(Math.PI), rat(1, 100)));
        eqv(rat(355, 113), ExactnessBuiltins.rationalize(exact(Math.PI), rat(1, 1000000)));
        eqv(Double.POSITIVE_INFINITY, ExactnessBuiltins.rationalize(Double.POSITIVE_INFINITY, 3L));
        eqv(0.0, ExactnessBuiltins.rationalize(3L, Double.POSITIVE_INFINITY));
        eqv(Double.NaN, ExactnessBuiltins.rationalize(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        fails("rationalize: expected a number, got #t", () -> ExactnessBuiltins.rationalize(Boolean.TRUE, 1L));
    }
}
