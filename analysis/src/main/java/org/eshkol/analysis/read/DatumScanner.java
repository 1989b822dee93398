package org.eshkol.analysis.read;

/**
 * Follows the nesting of text fed one code point at a time, without parsing it: says whether the
 * text so far is at top level, outside every list, vector, string, {@code |symbol|}, character
 * literal and comment. {@code read} on a port uses it to know where a datum may end, so it asks the
 * {@link Reader} only at those points instead of re-parsing the growing text at every delimiter.
 * It never decides anything itself: a datum ends only where the reader agrees.
 */
public final class DatumScanner {
    private enum State { NORMAL, HASH, CHAR, STRING, STRING_ESCAPE, BAR, BAR_ESCAPE, LINE_COMMENT, BLOCK, BLOCK_BAR, BLOCK_HASH }

    private State state = State.NORMAL;
    private int depth;
    private int blockDepth;

    /** True when the text fed so far is outside every bracket, string, symbol bar and comment. */
    public boolean atTopLevel() { return state == State.NORMAL && depth <= 0; }

    /** Takes the next code point of the text. */
    public void feed(int c) {
        switch (state) {
            case NORMAL -> normal(c);
            case HASH -> {
                state = State.NORMAL;
                switch (c) {
                    case '|' -> { state = State.BLOCK; blockDepth = 1; }
                    case '\\' -> state = State.CHAR;
                    case ';' -> { }
                    default -> normal(c);
                }
            }
            case CHAR -> state = State.NORMAL;
            case STRING -> {
                if (c == '\\') state = State.STRING_ESCAPE;
                else if (c == '"') state = State.NORMAL;
            }
            case STRING_ESCAPE -> state = State.STRING;
            case BAR -> {
                if (c == '\\') state = State.BAR_ESCAPE;
                else if (c == '|') state = State.NORMAL;
            }
            case BAR_ESCAPE -> state = State.BAR;
            case LINE_COMMENT -> { if (c == '\n') state = State.NORMAL; }
            case BLOCK -> {
                if (c == '|') state = State.BLOCK_BAR;
                else if (c == '#') state = State.BLOCK_HASH;
            }
            case BLOCK_BAR -> {
                if (c == '#') state = --blockDepth == 0 ? State.NORMAL : State.BLOCK;
                else if (c != '|') state = State.BLOCK;
            }
            case BLOCK_HASH -> {
                if (c == '|') { blockDepth++; state = State.BLOCK; }
                else if (c != '#') state = State.BLOCK;
            }
        }
    }

    private void normal(int c) {
        switch (c) {
            case '(', '[' -> depth++;
            case ')', ']' -> depth--;
            case '"' -> state = State.STRING;
            case '|' -> state = State.BAR;
            case ';' -> state = State.LINE_COMMENT;
            case '#' -> state = State.HASH;
            default -> { }
        }
    }
}
