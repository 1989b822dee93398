/**
 * Ports, the printer and the I/O builtins.
 *
 * <ul>
 *   <li>{@link org.eshkol.runtime.io.Port} and its four final kinds: textual and binary, input and
 *       output; {@link org.eshkol.runtime.io.FilePorts} opens files.</li>
 *   <li>{@link org.eshkol.runtime.io.StandardPorts}: the current-port parameters;
 *       {@link org.eshkol.runtime.io.CommandLine}: what {@code command-line} returns.</li>
 *   <li>{@link org.eshkol.runtime.io.DatumPrinter}: {@code display} and the three {@code write}s,
 *       in a {@link org.eshkol.runtime.io.PrintStyle}.</li>
 *   <li>Builtins: {@code PortLib}, {@code OutputLib}, {@code InputLib}, {@code FileLib},
 *       {@code RedirectLib}, {@code FormatLib}, {@code SystemLib}, registered in
 *       {@code org.eshkol.runtime.lib.IoLibs}.</li>
 * </ul>
 */
package org.eshkol.runtime.io;
