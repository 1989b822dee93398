package org.eshkol.runtime.io;

/**
 * How a value is printed: whether strings, characters and symbols are written as literals, and which
 * shared pairs and vectors get datum labels ({@code #0=} ... {@code #0#}).
 */
public enum PrintStyle {
    /** {@code display}: text as is; labels only where structure is circular, so printing ends. */
    DISPLAY(false, Sharing.CYCLES),
    /** {@code write}: literals; labels only for cycles. */
    WRITE(true, Sharing.CYCLES),
    /** {@code write-shared}: literals; labels for every pair or vector reached twice. */
    WRITE_SHARED(true, Sharing.ALL),
    /** {@code write-simple}: literals, never labels (loops forever on circular structure, as R7RS says). */
    WRITE_SIMPLE(true, Sharing.NONE);

    /** Which shared objects get labels. */
    enum Sharing { NONE, CYCLES, ALL }

    final boolean literal;
    final Sharing sharing;

    PrintStyle(boolean literal, Sharing sharing) {
        this.literal = literal;
        this.sharing = sharing;
    }
}
