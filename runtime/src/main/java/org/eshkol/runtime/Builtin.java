package org.eshkol.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as the builtin procedure(s) named {@link #value()}. The compiler calls
 * it directly (invokestatic) when a script calls the builtin by name, and wraps it as a
 * {@link Procedure} when the builtin is used as a value.
 *
 * <p>Signature rules: each parameter is an {@code Object}, except that a last parameter of type
 * {@code Object[]} receives the rest arguments. The return type is {@code Object}, {@code boolean}
 * (becomes {@code #t}/{@code #f}) or {@code void} (becomes the unspecified value). Several methods
 * may carry the same name with different fixed arities: that is how optional arguments are declared.
 *
 * <p>On a {@code public static final} field, it makes the field's value the global's value (for
 * example the parameter object {@code current-output-port}): a script that uses the name as a value
 * gets that object, while calls by name may still go to a method of the same name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Builtin {
    /** The Scheme names; aliases share one implementation. */
    String[] value();

    /**
     * True when the method may return a {@link TailCall} (it calls a procedure in tail position, as
     * {@code apply} does). Callers outside tail position force the result.
     */
    boolean tail() default false;
}
