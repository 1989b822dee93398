/**
 * Control features of the runtime: procedures as values ({@code apply}, {@code values}), escape-only
 * continuations ({@link org.eshkol.runtime.control.Continuation}), {@code dynamic-wind}, R7RS
 * exception handling and {@code guard}, {@code exit} ({@link org.eshkol.runtime.control.ExitException}),
 * parameters and promises ({@link org.eshkol.runtime.control.Promise}).
 *
 * <p>Non-local exits are stackless Java exceptions: {@link org.eshkol.runtime.control.ContinuationException}
 * (a continuation invoked), {@link org.eshkol.runtime.control.GuardEscape} (a condition travelling to
 * its {@code guard}), {@code ExitException} (the program ends). Everything that installs dynamic
 * state ({@code dynamic-wind}, {@code with-exception-handler}, {@code parameterize}, {@code guard})
 * restores it on every exit, so these exceptions unwind the dynamic environment as they travel.
 *
 * <p>Builtin classes (registered in {@link org.eshkol.runtime.lib.ControlLibs}):
 * {@link org.eshkol.runtime.control.ProcedureLib}, {@link org.eshkol.runtime.control.ContinuationLib},
 * {@link org.eshkol.runtime.control.ExceptionLib}, {@link org.eshkol.runtime.control.ErrorObjectLib},
 * {@link org.eshkol.runtime.control.ExitLib}, {@link org.eshkol.runtime.control.ParameterLib},
 * {@link org.eshkol.runtime.control.PromiseLib}.
 */
package org.eshkol.runtime.control;
