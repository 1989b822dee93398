package org.eshkol.engine.codegen;

import org.eshkol.analysis.ir.Core;
import org.eshkol.analysis.ir.LocalVar;

/**
 * How the procedure being compiled can refer to itself, so that its self tail calls become jumps:
 * through a {@code letrec} variable that is never assigned, or through the global it is defined as
 * (checked at run time, since a global can be redefined).
 */
record SelfInfo(Core.Lambda lambda, LocalVar var, String global) {}
