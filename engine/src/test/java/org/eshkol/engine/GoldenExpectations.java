package org.eshkol.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations written inline in a golden {@code .esk} file:
 * <ul>
 *   <li>{@code ; expect: TEXT}: the next line of standard output;</li>
 *   <li>{@code ; runtime-error: MESSAGE}: the program ends with this uncaught error;</li>
 *   <li>{@code ; error: LINE:COL PHASE: MESSAGE}: a diagnostic reported before anything runs;</li>
 *   <li>{@code ; exit: N}: the program exits with code N.</li>
 * </ul>
 */
record GoldenExpectations(List<String> output, String runtimeError, List<String> compileErrors, Integer exitCode) {
    private static final Pattern EXPECT = Pattern.compile(";\\s*expect:(?: (.*))?$");
    private static final Pattern RUNTIME = Pattern.compile(";\\s*runtime-error: (.*)$");
    private static final Pattern ERROR = Pattern.compile(";\\s*error: (.*)$");
    private static final Pattern EXIT = Pattern.compile(";\\s*exit: (-?\\d+)\\s*$");

    static GoldenExpectations parse(String text) {
        List<String> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String runtime = null;
        Integer exit = null;
        for (String line : text.split("\n", -1)) {
            Matcher m;
            if ((m = EXPECT.matcher(line)).find()) out.add(m.group(1) == null ? "" : stripEnd(m.group(1)));
            else if ((m = RUNTIME.matcher(line)).find()) runtime = stripEnd(m.group(1));
            else if ((m = ERROR.matcher(line)).find()) errors.add(stripEnd(m.group(1)));
            else if ((m = EXIT.matcher(line)).find()) exit = Integer.parseInt(m.group(1));
        }
        return new GoldenExpectations(out, runtime, errors, exit);
    }

    private static String stripEnd(String s) { return s.stripTrailing(); }
}
