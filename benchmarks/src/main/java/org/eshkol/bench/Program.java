package org.eshkol.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.eshkol.bench.plain.Closures;
import org.eshkol.bench.plain.Deriv;
import org.eshkol.bench.plain.Factorial;
import org.eshkol.bench.plain.Requests;
import org.eshkol.bench.plain.Fib;
import org.eshkol.bench.plain.Mandelbrot;
import org.eshkol.bench.plain.NQueens;
import org.eshkol.bench.plain.Quicksort;
import org.eshkol.bench.plain.Symbols;
import org.eshkol.bench.plain.Tak;

/**
 * The benchmark programs. Each has a Scheme source for Eshkol ({@code programs/NAME.esk}), one for
 * Kawa ({@code programs/NAME.scm}), both defining {@code (run)}, and a plain Java {@code run()}.
 */
public enum Program {
    FIB("fib", "fib 30: non-tail recursion, fixnum arithmetic", Fib::run),
    TAK("tak", "(tak 18 12 6) x100: calls with 3 arguments", Tak::run),
    NQUEENS("nqueens", "8 queens, all solutions, x50: lists, append, internal defines", NQueens::run),
    QUICKSORT("quicksort", "quicksort of a 100k vector from an LCG: vectors, named let", Quicksort::run),
    DERIV("deriv", "symbolic derivative x20000: cons, map with a closure, eq?", Deriv::run),
    MANDELBROT("mandelbrot", "200x200 grid, 50 iterations: flonum loops", Mandelbrot::run),
    CLOSURES("closures", "map/filter/fold with closures over 1000-element lists x200", Closures::run),
    SYMBOLS("symbols", "symbol->string, string-append, string->symbol x100000", Symbols::run),
    FACTORIAL("factorial", "1000! x100: bignum multiplication", Factorial::run),
    REQUESTS("requests", "2000 requests, each in a region: bytevector parse, filter, transform, summary", Requests::run);

    private final String fileName;
    private final String description;
    private final Supplier<Object> plainJava;

    Program(String fileName, String description, Supplier<Object> plainJava) {
        this.fileName = fileName;
        this.description = description;
        this.plainJava = plainJava;
    }

    /** The short name used in tables, file names and on the command line. */
    public String id() { return fileName; }

    public String description() { return description; }

    /** The hand-written Java version. */
    public Supplier<Object> plainJava() { return plainJava; }

    /** The Scheme text with the given extension ({@code esk} or {@code scm}). */
    public String source(String extension) {
        String path = "/programs/" + fileName + "." + extension;
        try (InputStream in = Program.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program with this id, or an exception listing the ids. */
    public static Program byId(String id) {
        for (Program p : values()) if (p.fileName.equals(id)) return p;
        StringBuilder known = new StringBuilder();
        for (Program p : values()) known.append(' ').append(p.fileName);
        throw new IllegalArgumentException("unknown program " + id + "; known:" + known);
    }
}
