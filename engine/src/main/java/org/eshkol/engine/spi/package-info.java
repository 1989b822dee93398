/**
 * What other modules plug into the engine through {@link java.util.ServiceLoader}: libraries of
 * builtins ({@link org.eshkol.engine.spi.BuiltinLibrary}) and subcommands of the {@code eshkol}
 * command ({@link org.eshkol.engine.spi.Subcommand}).
 */
package org.eshkol.engine.spi;
