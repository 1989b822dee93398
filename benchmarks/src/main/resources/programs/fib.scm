;; fib: doubly recursive Fibonacci. Measures non-tail calls to a known global procedure and
;; fixnum arithmetic (<, +, -) on small integers.
(define (fib n)
  (if (< n 2)
      n
      (+ (fib (- n 1)) (fib (- n 2)))))

(define (run) (fib 30))
