;; factorial: 1000! computed 100 times with exact integers. Measures bignum multiplication and the
;; fixnum-to-bignum transition; number->string of the result once per run.
(define (fact n)
  (let loop ((i 1) (acc 1))
    (if (> i n) acc (loop (+ i 1) (* acc i)))))

(define (run)
  (let loop ((k 0) (r 0))
    (if (= k 100)
        (list (string-length (number->string r)) (remainder r 1000000007))
        (loop (+ k 1) (fact 1000)))))
