package org.eshkol.engine.interop;

import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Overload resolution by the classes of the actual arguments: every candidate whose parameters all
 * accept the arguments ({@link Conversions#cost}) is rated by the sum of the costs; the cheapest
 * wins, ties going to the more specific signature. Varargs methods also match with their trailing
 * arguments spread, at a higher cost than any fixed-arity match.
 */
final class Overloads {
    private Overloads() {}

    private static final int VARARGS_PENALTY = 100;

    /** The chosen executable and whether its trailing arguments are collected into its varargs array. */
    record Choice(Executable executable, boolean spread) {}

    /** Sorts candidates so that resolution does not depend on reflection's order. */
    static <E extends Executable> List<E> ordered(List<E> candidates) {
        return candidates.stream().sorted(Comparator.comparing(Executable::toGenericString)).toList();
    }

    /** The best candidate for arguments of classes {@code args}, or null when none applies. */
    static Choice choose(List<? extends Executable> candidates, Class<?>[] args) {
        Choice best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : candidates) {
            Class<?>[] params = e.getParameterTypes();
            int fixed = params.length == args.length ? costOf(params, args, params.length) : Conversions.NONE;
            if (fixed >= 0 && better(fixed, bestCost, e, best)) {
                best = new Choice(e, false);
                bestCost = fixed;
            }
            if (e.isVarArgs() && args.length >= params.length - 1) {
                int c = costOf(params, args, params.length - 1);
                Class<?> component = params[params.length - 1].getComponentType();
                for (int i = params.length - 1; c >= 0 && i < args.length; i++) {
                    int k = Conversions.cost(args[i], component);
                    c = k < 0 ? Conversions.NONE : c + k;
                }
                if (c >= 0 && better(c + VARARGS_PENALTY, bestCost, e, best)) {
                    best = new Choice(e, true);
                    bestCost = c + VARARGS_PENALTY;
                }
            }
        }
        return best;
    }

    private static int costOf(Class<?>[] params, Class<?>[] args, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int c = Conversions.cost(args[i], params[i]);
            if (c < 0) return Conversions.NONE;
            sum += c;
        }
        return sum;
    }

    private static boolean better(int cost, int bestCost, Executable e, Choice best) {
        if (cost != bestCost) return cost < bestCost;
        return moreSpecific(e.getParameterTypes(), best.executable().getParameterTypes());
    }

    private static boolean moreSpecific(Class<?>[] a, Class<?>[] b) {
        if (a.length != b.length || Arrays.equals(a, b)) return false;
        for (int i = 0; i < a.length; i++) if (!b[i].isAssignableFrom(a[i])) return false;
        return true;
    }
}
