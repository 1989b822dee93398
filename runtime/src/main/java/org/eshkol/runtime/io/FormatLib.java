package org.eshkol.runtime.io;

import java.math.BigInteger;
import org.eshkol.runtime.Builtin;
import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;

/**
 * {@code format} (SRFI 28 with a few additions). The destination comes first: {@code #f} returns a
 * string, {@code #t} writes to the current output port, a port writes to it, and a format string in
 * first place means {@code #f}. Directives: {@code ~a} display, {@code ~s} write, {@code ~d} a number
 * in decimal, {@code ~x ~o ~b} an exact integer in hexadecimal, octal or binary, {@code ~% ~n} a
 * newline, {@code ~~} a tilde; upper case works too. Any other directive, and a count of arguments
 * that does not match the directives, is an error.
 */
public final class FormatLib {
    private FormatLib() {}

    @Builtin("format")
    public static Object format(Object destination, Object[] args) {
        if (destination instanceof MString fmt) return MString.of(expand(fmt.toString(), args, 0));
        if (args.length == 0) throw Errors.wrongType("format", "a format string", destination);
        String fmt = PortArgs.string("format", args[0]).toString();
        if (destination == Boolean.FALSE) return MString.of(expand(fmt, args, 1));
        Object port = destination == Boolean.TRUE ? StandardPorts.OUTPUT.get() : destination;
        TextOutputPort p = PortArgs.textOut("format", port);
        p.write(expand(fmt, args, 1));
        return org.eshkol.runtime.Unspecified.VALUE;
    }

    /** The format string with its directives replaced by {@code args[first...]}. */
    static String expand(String fmt, Object[] args, int first) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int next = first;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            if (++i == fmt.length()) throw Errors.error("format: incomplete directive at end of format string", MString.of(fmt));
            char d = Character.toLowerCase(fmt.charAt(i));
            switch (d) {
                case '%', 'n' -> sb.append('\n');
                case '~' -> sb.append('~');
                case 'a', 's', 'd', 'x', 'o', 'b' -> {
                    if (next >= args.length) throw Errors.error("format: too few arguments for format string", MString.of(fmt));
                    directive(sb, d, args[next++]);
                }
                default -> throw Errors.error("format: unknown directive ~" + fmt.charAt(i), MString.of(fmt));
            }
        }
        if (next < args.length) throw Errors.error("format: too many arguments for format string", MString.of(fmt));
        return sb.toString();
    }

    private static void directive(StringBuilder sb, char d, Object arg) {
        switch (d) {
            case 'a' -> DatumPrinter.print(sb, arg, PrintStyle.DISPLAY);
            case 's' -> DatumPrinter.print(sb, arg, PrintStyle.WRITE);
            case 'd' -> {
                if (!NumberText.isNumber(arg)) throw Errors.wrongType("format", "a number", arg);
                sb.append(NumberText.toString(arg, 10));
            }
            default -> {
                if (!(arg instanceof Long || arg instanceof BigInteger)) throw Errors.wrongType("format", "an exact integer", arg);
                sb.append(NumberText.toString(arg, d == 'x' ? 16 : d == 'o' ? 8 : 2));
            }
        }
    }
}
