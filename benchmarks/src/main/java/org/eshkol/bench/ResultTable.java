package org.eshkol.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats bench rows as a markdown table: the median milliseconds of each implementation, then the
 * ratio of every implementation to each later one (Eshkol/Kawa, Eshkol/Java, Kawa/Java with the
 * default order), and a last row with the geometric mean of each ratio over the programs where both
 * sides were measured. Cells of failed or disagreeing runs say so instead of a time.
 */
public final class ResultTable {
    private ResultTable() {}

    public static String markdown(List<String> implementations, List<Bench.Row> rows) {
        int n = implementations.size();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) pairs.add(new int[] {i, j});

        StringBuilder sb = new StringBuilder("| program |");
        for (String impl : implementations) sb.append(' ').append(impl).append(" ms |");
        for (int[] p : pairs) sb.append(' ').append(implementations.get(p[0])).append('/').append(implementations.get(p[1])).append(" |");
        sb.append("\n| --- |");
        sb.append(" ---: |".repeat(n + pairs.size())).append('\n');

        double[] logSums = new double[pairs.size()];
        int[] counts = new int[pairs.size()];
        for (Bench.Row row : rows) {
            sb.append("| ").append(row.program().id()).append(" |");
            Double[] ms = new Double[n];
            for (int i = 0; i < n; i++) {
                Outcome o = row.outcomes().get(implementations.get(i));
                if (o != null && o.timing() != null) {
                    ms[i] = o.timing().medianMillis();
                    sb.append(' ').append(millis(ms[i])).append(" |");
                } else {
                    sb.append(' ').append(o == null ? "-" : cell(o.problem())).append(" |");
                }
            }
            for (int k = 0; k < pairs.size(); k++) {
                int[] p = pairs.get(k);
                if (ms[p[0]] != null && ms[p[1]] != null && ms[p[1]] > 0) {
                    double r = ms[p[0]] / ms[p[1]];
                    logSums[k] += Math.log(r);
                    counts[k]++;
                    sb.append(' ').append(ratio(r)).append(" |");
                } else {
                    sb.append(" - |");
                }
            }
            sb.append('\n');
        }
        sb.append("| **geometric mean** |").append(" |".repeat(n));
        for (int k = 0; k < pairs.size(); k++) {
            sb.append(counts[k] == 0 ? " - |" : " **" + ratio(Math.exp(logSums[k] / counts[k])) + "** |");
        }
        return sb.append('\n').toString();
    }

    /**
     * One line with the geometric mean of each ratio computed from the fastest run of each
     * implementation instead of the median: less sensitive to other processes on a shared machine.
     */
    public static String fastestRunMeans(List<String> implementations, List<Bench.Row> rows) {
        StringBuilder sb = new StringBuilder("Geometric means from the fastest run instead of the median:");
        int n = implementations.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double logSum = 0;
                int count = 0;
                for (Bench.Row row : rows) {
                    Outcome a = row.outcomes().get(implementations.get(i));
                    Outcome b = row.outcomes().get(implementations.get(j));
                    if (a == null || b == null || a.timing() == null || b.timing() == null || b.timing().minMillis() <= 0) continue;
                    logSum += Math.log(a.timing().minMillis() / b.timing().minMillis());
                    count++;
                }
                sb.append(' ').append(implementations.get(i)).append('/').append(implementations.get(j)).append(' ')
                        .append(count == 0 ? "-" : ratio(Math.exp(logSum / count))).append(i == n - 2 && j == n - 1 ? "." : ",");
            }
        }
        return sb.append('\n').toString();
    }

    static String millis(double ms) {
        return ms >= 100 ? String.format("%.0f", ms) : ms >= 10 ? String.format("%.1f", ms) : String.format("%.2f", ms);
    }

    static String ratio(double r) {
        return String.format(r >= 10 ? "%.1fx" : "%.2fx", r);
    }

    private static String cell(String text) {
        String t = text.replace("|", "\\|");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
