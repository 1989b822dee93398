package org.eshkol.netty;

import org.eshkol.runtime.Errors;
import org.eshkol.runtime.MString;
import org.eshkol.runtime.Nil;
import org.eshkol.runtime.Pair;
import org.eshkol.runtime.Symbol;

/**
 * A server's options from a script: an association list such as {@code '((time-limit . 5000)
 * (max-concurrent . 64) (debug . #t))}. The keys, each mapping to a {@link ServerOptions} field:
 * {@code host} (string), {@code time-limit} (ms), {@code region-limit} (bytes), {@code body-limit}
 * (bytes), {@code max-concurrent}, {@code workers} ({@code pool} or {@code virtual}),
 * {@code pool-threads}, {@code debug} (boolean), {@code stop-timeout} (ms). An unknown key or a
 * value of the wrong kind is an error naming it.
 */
final class ScriptOptions {
    private ScriptOptions() {}

    static final String KEYS = "host, time-limit, region-limit, body-limit, max-concurrent, workers, pool-threads, debug, stop-timeout";

    static ServerOptions parse(String who, Object alist, ServerOptions o) {
        for (Object l = alist; l != Nil.NIL; ) {
            if (!(l instanceof Pair cell)) throw Errors.wrongType(who, "an association list of options", alist);
            if (!(cell.car instanceof Pair entry) || !(entry.car instanceof Symbol key))
                throw Errors.wrongType(who, "an option (name . value)", cell.car);
            Object v = entry.cdr;
            String name = key.toString();
            o = switch (name) {
                case "host" -> o.withHost(string(who, name, v));
                case "time-limit" -> o.withTimeLimitMillis(count(who, name, v, Long.MAX_VALUE));
                case "region-limit" -> o.withRegionBytes(count(who, name, v, Long.MAX_VALUE));
                case "body-limit" -> o.withBodyBytes((int) count(who, name, v, Integer.MAX_VALUE));
                case "max-concurrent" -> o.withMaxConcurrent((int) positive(who, name, v));
                case "pool-threads" -> o.withPoolThreads((int) positive(who, name, v));
                case "stop-timeout" -> o.withStopMillis(count(who, name, v, Long.MAX_VALUE));
                case "debug" -> o.withDebug(v != Boolean.FALSE);
                case "workers" -> o.withWorkers(workers(who, v));
                default -> throw Errors.error(who + ": unknown option " + name + " (options: " + KEYS + ")");
            };
            l = cell.cdr;
        }
        return o;
    }

    private static String string(String who, String name, Object v) {
        if (v instanceof MString s) return s.toString();
        throw Errors.wrongType(who + ": option " + name, "a string", v);
    }

    /** A non-negative exact integer no larger than {@code max}. */
    static long count(String who, String name, Object v, long max) {
        if (v instanceof Long n && n >= 0 && n <= max) return n;
        throw Errors.wrongType(who + ": option " + name, "an exact integer from 0 to " + max, v);
    }

    private static long positive(String who, String name, Object v) {
        if (v instanceof Long n && n >= 1 && n <= Integer.MAX_VALUE) return n;
        throw Errors.wrongType(who + ": option " + name, "a positive exact integer", v);
    }

    private static ServerOptions.Workers workers(String who, Object v) {
        if (v instanceof Symbol s) {
            if (s.toString().equals("pool")) return ServerOptions.Workers.POOL;
            if (s.toString().equals("virtual")) return ServerOptions.Workers.VIRTUAL;
        }
        throw Errors.wrongType(who + ": option workers", "pool or virtual", v);
    }
}
