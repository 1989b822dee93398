package org.eshkol.bench.jsr223;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.script.ScriptEngine;

/**
 * Lookup plus first eval in a fresh JVM: {@code ScriptEngineManager.getEngineByName} and the eval
 * of a small script ({@code add2} and a call of it), timed with {@code System.nanoTime} from the
 * start of {@code main}. With {@code --runs N engine...} it starts N fresh JVMs per engine (same
 * class path, default JIT settings) and prints the median of the in-process time and of the whole
 * process's wall time ({@code --jvm=OPTION} passes an option to those JVMs); with one engine name
 * it measures itself and prints the milliseconds of the lookup and of lookup plus first eval.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("--runs")) {
            List<String> jvm = new ArrayList<>(), engines = new ArrayList<>();
            for (String a : Arrays.copyOfRange(args, 2, args.length)) {
                if (a.startsWith("--jvm=")) jvm.add(a.substring(6));
                else engines.add(a);
            }
            runs(Integer.parseInt(args[1]), jvm, engines);
            return;
        }
        long t0 = System.nanoTime();
        Dialect d = Dialect.named(args[0]);
        ScriptEngine e = d.newEngine();
        long t1 = System.nanoTime();
        String call = d == Dialect.ESHKOL || d == Dialect.KAWA ? "(add2 20 22)" : "add2(20, 22)";
        Object r = e.eval(d.procedures() + call);
        long t2 = System.nanoTime();
        if (!(r instanceof Number n) || n.longValue() != 42) throw new IllegalStateException("got " + r);
        System.out.printf("%.1f %.1f%n", (t1 - t0) / 1e6, (t2 - t0) / 1e6);
    }

    private static void runs(int n, List<String> jvm, List<String> engines) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        System.out.println("| engine | lookup ms | lookup + first eval ms | process wall ms |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (String engine : engines) {
            List<Double> lookup = new ArrayList<>(), first = new ArrayList<>(), wall = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long w0 = System.nanoTime();
                List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp));
                cmd.addAll(jvm);
                cmd.addAll(List.of(ColdStart.class.getName(), engine));
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) throw new IllegalStateException(engine + " failed: " + out);
                wall.add((System.nanoTime() - w0) / 1e6);
                String[] f = out.split(" ");
                lookup.add(Double.parseDouble(f[0]));
                first.add(Double.parseDouble(f[1]));
            }
            System.out.printf("| %s | %.0f | %.0f | %.0f |%n", engine, median(lookup), median(first), median(wall));
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }
}
