/**
 * The reader: source text to {@link org.eshkol.analysis.read.Datum}s with exact spans.
 *
 * <ul>
 *   <li>{@link org.eshkol.analysis.read.Reader}: the entry point ({@code readAll}, or {@code next()} one
 *       datum at a time); assembles compound data on an explicit stack, so nesting depth never
 *       touches the Java stack.</li>
 *   <li>{@code Lexer}: tokens and atoms in one pass over the text; {@code EscapedText}: string and
 *       {@code |symbol|} escapes; {@code CharNames}: {@code #\name} characters; {@code Frame}: one
 *       open structure.</li>
 *   <li>{@link org.eshkol.analysis.read.NumberSyntax}: R7RS number syntax, shared with the runtime's
 *       {@code string->number}.</li>
 *   <li>{@link org.eshkol.analysis.read.DatumPrinter}: a datum back to {@code write}-style text.</li>
 * </ul>
 *
 * Errors are reported through {@link org.eshkol.analysis.diag.Diagnostics#read} and reading goes on.
 */
package org.eshkol.analysis.read;
