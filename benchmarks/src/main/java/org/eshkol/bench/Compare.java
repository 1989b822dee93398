package org.eshkol.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison harness: runs every {@link Program} in Eshkol, Kawa and plain Java in this one
 * JVM, checks that the three agree, times them ({@link Stopwatch}) and prints a markdown table
 * ({@link ResultTable}) with the Eshkol/Kawa and Eshkol/Java ratios and their geometric means.
 *
 * <pre>
 * java -Xss16m -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.eshkol.bench.Compare [options]
 *   --quick             one warm-up and one measured run (a smoke run: only agreement matters)
 *   --check             only check that the results agree; no timing
 *   --readme [FILE]     also write the results into FILE (default benchmarks/README.md) between
 *                       the results markers, with machine, JDK, date and commit
 *   --programs a,b      only these programs (ids: fib tak nqueens quicksort deriv mandelbrot
 *                       closures symbols factorial requests)
 *   --impls a,b         only these implementations (eshkol, eshkol-no-ea (--no-escape-analysis),
 *                       kawa, java; java is the reference and is always run last)
 * </pre>
 * Exits with status 1 when some implementation failed or disagreed.
 */
public final class Compare {
    private Compare() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.FULL;
        boolean timed = true;
        Path readme = null;
        List<Program> programs = List.of(Program.values());
        List<String> impls = List.of("eshkol", "kawa");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> settings = Settings.QUICK;
                case "--check" -> timed = false;
                case "--readme" -> readme = Path.of(i + 1 < args.length && !args[i + 1].startsWith("--")
                        ? args[++i] : defaultReadme());
                case "--programs" -> programs = Arrays.stream(value(args, ++i).split(",")).map(Program::byId).toList();
                case "--impls" -> impls = Arrays.stream(value(args, ++i).split(",")).filter(s -> !s.equals("java")).toList();
                default -> {
                    System.err.println("unknown option " + args[i] + " (see the javadoc of org.eshkol.bench.Compare)");
                    System.exit(2);
                }
            }
        }
        String heapWarning = Machine.heapWarning();
        if (timed && heapWarning != null && settings != Settings.QUICK) System.err.println(heapWarning);
        Bench bench = new Bench(implementations(impls), settings, System.err);
        List<Bench.Row> rows = bench.run(programs, timed);
        String report = report(bench, rows, timed);
        System.out.print(report);
        if (readme != null) {
            ReadmeSection.replace(readme, report);
            System.err.println("results written to " + readme);
        }
        if (!rows.stream().allMatch(Bench.Row::allAgree)) System.exit(1);
    }

    /** The implementations named, followed by plain Java (the reference). */
    public static List<Implementation> implementations(List<String> names) {
        List<Implementation> list = new ArrayList<>();
        for (String name : names) list.add(named(name));
        list.add(new PlainJava());
        return list;
    }

    /** The implementation called {@code eshkol}, {@code kawa} or {@code java}. */
    public static Implementation named(String name) {
        return switch (name) {
            case "eshkol" -> new EshkolScheme();
            case "eshkol-no-ea" -> new EshkolScheme(false);
            case "kawa" -> new KawaScheme();
            case "java" -> new PlainJava();
            default -> throw new IllegalArgumentException("unknown implementation " + name + " (eshkol, eshkol-no-ea, kawa, java)");
        };
    }

    /** The markdown report: the table, then where it was measured and how. */
    static String report(Bench bench, List<Bench.Row> rows, boolean timed) {
        List<String> names = bench.implementations().stream().map(Implementation::name).toList();
        StringBuilder sb = new StringBuilder();
        if (timed) {
            sb.append(ResultTable.markdown(names, rows)).append('\n');
            sb.append("Median wall time of one `(run)` in ms after warm-up, in one JVM (lower is better); a ratio above 1 means the left one is slower.\n");
            sb.append(ResultTable.fastestRunMeans(names, rows)).append('\n');
        }
        for (Bench.Row row : rows) {
            for (Outcome o : row.outcomes().values()) {
                if (!o.problem().isEmpty()) sb.append("- ").append(row.program().id()).append(" / ").append(o.implementation()).append(": ").append(o.problem()).append('\n');
            }
        }
        if (rows.stream().allMatch(Bench.Row::allAgree)) sb.append("All implementations agree on every result.\n");
        sb.append('\n').append(Machine.describe());
        return sb.toString();
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException("missing value after " + args[i - 1]);
        return args[i];
    }

    private static String defaultReadme() {
        return Files.exists(Path.of("benchmarks/README.md")) ? "benchmarks/README.md" : "README.md";
    }
}
