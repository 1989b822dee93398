package org.eshkol.analysis.source;

import java.util.Arrays;

/**
 * The text of one script and its name as shown in diagnostics. Line and column numbers are computed
 * only when something is reported, from a table of line starts built once.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() { return name; }

    public String text() { return text; }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
            starts = new int[count];
            int k = 1;
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
            lineStarts = starts;
        }
        return starts;
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a character offset, counting code points. */
    public int column(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts()[line(off) - 1];
        return text.codePointCount(start, off) + 1;
    }

    /** The text of a 1-based line, without its terminator. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) return "";
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }

    @Override
    public String toString() { return name; }
}
