package org.eshkol.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Java stack of a failure into the Eshkol backtrace: one line per script frame, innermost
 * first, {@code  at NAME (FILE:LINE)}. Script frames are those of generated classes (package
 * {@code esk}); a lambda class {@code esk.U3$fib$2} names procedure {@code fib}, a unit class is the
 * top level.
 */
final class Backtrace {
    private static final int MAX_FRAMES = 40;

    private Backtrace() {}

    record Frame(String procedure, String file, int line) {}

    static List<Frame> frames(Throwable t) {
        List<Frame> out = new ArrayList<>();
        for (StackTraceElement e : t.getStackTrace()) {
            String cls = e.getClassName();
            if (!cls.startsWith("esk.U") || e.getLineNumber() < 0) continue;
            out.add(new Frame(procedureName(cls), e.getFileName(), e.getLineNumber()));
        }
        return out;
    }

    static String procedureName(String className) {
        int first = className.indexOf('$');
        if (first < 0) return "<toplevel>";
        int last = className.lastIndexOf('$');
        String mangled = last > first ? className.substring(first + 1, last) : className.substring(first + 1);
        String name = org.eshkol.engine.codegen.Names.unmangle(mangled);
        return name.equals("lambda") ? "<lambda>" : name;
    }

    static String render(List<Frame> frames) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        Frame prev = null;
        int repeats = 0;
        for (Frame f : frames) {
            if (f.equals(prev)) {
                repeats++;
                continue;
            }
            if (repeats > 0) sb.append("  ... (").append(repeats).append(" more of the same)\n");
            repeats = 0;
            prev = f;
            if (shown++ == MAX_FRAMES) {
                sb.append("  ...\n");
                break;
            }
            sb.append("  at ").append(f.procedure()).append(" (").append(f.file()).append(':').append(f.line()).append(")\n");
        }
        if (repeats > 0) sb.append("  ... (").append(repeats).append(" more of the same)\n");
        return sb.toString().stripTrailing();
    }
}
