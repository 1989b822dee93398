package org.eshkol.analysis.expand;

import static org.eshkol.analysis.expand.ExpandTesting.last;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quasiquote lowers to cons/list/append/list->vector calls; constant parts stay constants. */
class QuasiquoteTest {
    @Test
    void withoutUnquoteIsConstant() {
        assertEquals("'(a (b c) #(d))", last("`(a (b c) #(d))"));
    }

    @Test
    void unquoteInList() {
        assertEquals("(#%list 1 x)", last("`(1 ,x)"));
        assertEquals("(#%cons x '(b c))", last("`(,x b c)"));
    }

    @Test
    void splicing() {
        assertEquals("(#%cons 1 (#%append xs '(2)))", last("`(1 ,@xs 2)"));
        assertEquals("(#%cons 1 xs)", last("`(1 ,@xs)"));
    }

    @Test
    void dottedTailUnquote() {
        assertEquals("(#%cons 1 x)", last("`(1 . ,x)"));
    }

    @Test
    void vector() {
        assertEquals("(#%list->vector (#%list 1 x))", last("`#(1 ,x)"));
    }

    @Test
    void nestedLevels() {
        // the inner unquote belongs to the inner quasiquote: stays data
        assertEquals("'(a (quasiquote (b (unquote c))))", last("`(a `(b ,c))"));
        // ,,x: the outer level evaluates x
        assertEquals("(#%list 'a (#%list 'quasiquote (#%list 'b (#%list 'unquote x))))", last("`(a `(b ,,x))"));
    }

    @Test
    void unquoteOfShadowedKeywordIsData() {
        assertEquals("(lambda (unquote.1) '(a (unquote.1 b)))".replace("(unquote.1 b)", "(unquote b)"),
                last("(lambda (unquote) `(a ,b))"));
    }
}
