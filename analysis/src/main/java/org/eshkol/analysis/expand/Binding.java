package org.eshkol.analysis.expand;

import org.eshkol.analysis.ir.LocalVar;

/**
 * What an identifier means in a syntactic environment. Two identifiers are free-identifier=? when
 * they resolve to equal bindings (records compare a {@link LocalVar} and a macro by identity).
 */
public sealed interface Binding {
    /** A lexical variable. */
    record Local(LocalVar var) implements Binding {}

    /** A global variable, by name (also what an unbound identifier means). */
    record Global(String name) implements Binding {}

    /** A built-in special form or auxiliary keyword. */
    record Special(SpecialForm form) implements Binding {}

    /** A user macro. */
    record Macro(SyntaxRules transformer) implements Binding {}
}
