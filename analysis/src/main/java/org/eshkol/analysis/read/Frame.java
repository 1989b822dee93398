package org.eshkol.analysis.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One structure the {@link Reader} has opened and not yet finished: a list, vector or bytevector
 * waiting for its closing bracket, or a prefix ({@code 'x}, {@code #0=}, {@code #;}) waiting for its
 * datum.
 */
final class Frame {
    /** What is open. */
    enum Kind { LIST, VECTOR, BYTES, ABBREV, LABEL, DATUM_COMMENT }

    final Kind kind;
    /** Offset of the opening token. */
    final int start;
    /** Offset just past the opening token ({@code (}, {@code #u8(}, {@code ,@}, {@code #12=} ...). */
    final int prefixEnd;
    /** For a list: the opening bracket, {@code (} or {@code [}. */
    final char bracket;
    /** For ABBREV: the symbol it stands for. */
    final String abbrev;
    /** For LABEL: the label number; for DATUM_COMMENT: how many labels were defined before it. */
    final int label;
    /** Elements read so far (lists, vectors, bytevectors). */
    final List<Datum> items;
    /** For a list: offset of its '.', or -1. */
    int dotAt = -1;
    /** For a list: the datum after the '.'. */
    Datum tail;
    /** For the outermost frame: offset of the first '(' inside it at the start of a line, or -1. */
    int lineStartOpen = -1;
    /** For a list: whether a misuse of its '.' has been reported (report it once). */
    boolean dotReported;

    Frame(Kind kind, int start, int prefixEnd, char bracket, String abbrev, int label) {
        this.kind = kind;
        this.start = start;
        this.prefixEnd = prefixEnd;
        this.bracket = bracket;
        this.abbrev = abbrev;
        this.label = label;
        this.items = isPrefix() ? List.of() : new ArrayList<>();
    }

    /** Whether this frame waits for a single datum rather than a closing bracket. */
    boolean isPrefix() {
        return kind == Kind.ABBREV || kind == Kind.LABEL || kind == Kind.DATUM_COMMENT;
    }

    /** Adds an element to a list, as an item or as the tail after its '.'. */
    void addToList(Datum d, Reader reader) {
        if (dotAt < 0) {
            items.add(d);
        } else if (tail == null) {
            tail = d;
        } else if (!dotReported) {
            dotReported = true;
            reader.dotError(dotAt);
        }
    }
}
