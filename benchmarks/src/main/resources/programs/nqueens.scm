;; nqueens: counts all solutions of the 8 queens problem (r7rs-benchmarks' queens), repeated.
;; Measures list allocation (cons, append), internal procedures and recursion.
(define (iota1 n)
  (let loop ((i n) (l '()))
    (if (= i 0) l (loop (- i 1) (cons i l)))))

(define (queens board-size)
  (define (ok? row dist placed)
    (or (null? placed)
        (and (not (= (car placed) (+ row dist)))
             (not (= (car placed) (- row dist)))
             (ok? row (+ dist 1) (cdr placed)))))
  (define (try-it x y z)
    (if (null? x)
        (if (null? y) 1 0)
        (+ (if (ok? (car x) 1 z)
               (try-it (append (cdr x) y) '() (cons (car x) z))
               0)
           (try-it (cdr x) (cons (car x) y) z))))
  (try-it (iota1 board-size) '() '()))

(define (run)
  (let loop ((i 0) (acc 0))
    (if (= i 50)
        acc
        (loop (+ i 1) (+ acc (queens 8))))))
