package org.eshkol.analysis.pass;

/**
 * Generates dense scripts for the escape analysis's solver: many procedures, each returning a
 * structure built from other procedures' results, so what flows into one procedure's result flows
 * on into many others.
 */
final class DenseScripts {
    private DenseScripts() {}

    /**
     * {@code n} procedures; procedure {@code i} returns a list of the results of procedures
     * {@code i-1} and {@code i/2} and a bytevector returned from a region. Every result reaches the
     * last procedure's result through about {@code log n} paths; the solution grows linearly.
     */
    static String results(int n) {
        StringBuilder src = new StringBuilder("(define (p0 x) (list x (make-bytevector 1)))\n");
        for (int i = 1; i < n; i++) {
            src.append("(define (p").append(i).append(" x) (list (p").append(i - 1).append(" x) (p").append(i / 2)
                    .append(" x) (with-region (bytevector ").append(i % 256).append("))))\n");
        }
        src.append("(display (length (p").append(n - 1).append(" 1)))\n");
        return src.toString();
    }

    /**
     * {@code n} procedures; procedure {@code i} stores every element of what procedure {@code i-1}
     * returns (read deeply by {@code for-each}) into a vector it returns, and passes procedure
     * {@code i-1} a pair made in a region. Each vector may hold everything made before it, so the
     * solution (and the constraint graph, whose deep reads add an edge per object reached) grows
     * quadratically: the dense case the compile budget used to cut short.
     */
    static String chain(int n) {
        StringBuilder src = new StringBuilder("(define (p0 x) (list x (make-bytevector 1)))\n");
        for (int i = 1; i < n; i++) {
            src.append("(define (p").append(i).append(" x) (let ((v (make-vector 2 x))) (for-each (lambda (e) (vector-set! v 0 e)) (p")
                    .append(i - 1).append(" (with-region (cons x (bytevector ").append(i % 256).append("))))) (if (odd? ").append(i)
                    .append(") v (list v))))\n");
        }
        return src.toString();
    }

    /** Writes {@code chain} and {@code results} scripts of the given sizes to a directory, for timing with {@code eshkol analyze}. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            java.nio.file.Files.writeString(dir.resolve("chain" + n + ".esk"), chain(n));
            java.nio.file.Files.writeString(dir.resolve("results" + n + ".esk"), results(n));
        }
    }
}
