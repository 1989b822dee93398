;; tak: the Takeuchi function, repeated. Measures calls with three arguments (tail and non-tail)
;; and fixnum comparison.
(define (tak x y z)
  (if (not (< y x))
      z
      (tak (tak (- x 1) y z)
           (tak (- y 1) z x)
           (tak (- z 1) x y))))

(define (run)
  (let loop ((i 0) (acc 0))
    (if (= i 100)
        acc
        (loop (+ i 1) (+ acc (tak 18 12 6))))))
