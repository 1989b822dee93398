;; quicksort: fills a vector of 100,000 integers from a fixed linear congruential generator and
;; sorts it in place (Lomuto partition, middle pivot). Measures vector-ref/vector-set!, fixnum
;; arithmetic (the generator's products stay below 2^62) and loops written as named let.
(define (make-random-vector n seed)
  (let ((v (make-vector n 0)))
    (let loop ((i 0) (s seed))
      (if (= i n)
          v
          (let ((s2 (modulo (+ (* s 1103515245) 12345) 2147483648)))
            (vector-set! v i (modulo s2 1000000))
            (loop (+ i 1) s2))))))

(define (swap! v i j)
  (let ((t (vector-ref v i)))
    (vector-set! v i (vector-ref v j))
    (vector-set! v j t)))

(define (partition! v lo hi)
  (swap! v (quotient (+ lo hi) 2) hi)
  (let ((pivot (vector-ref v hi)))
    (let loop ((i lo) (j lo))
      (if (< j hi)
          (if (< (vector-ref v j) pivot)
              (begin (swap! v i j) (loop (+ i 1) (+ j 1)))
              (loop i (+ j 1)))
          (begin (swap! v i hi) i)))))

(define (quicksort! v lo hi)
  (if (< lo hi)
      (let ((p (partition! v lo hi)))
        (quicksort! v lo (- p 1))
        (quicksort! v (+ p 1) hi))))

(define (sorted? v)
  (let loop ((i 1))
    (cond ((= i (vector-length v)) #t)
          ((> (vector-ref v (- i 1)) (vector-ref v i)) #f)
          (else (loop (+ i 1))))))

(define (run)
  (let ((v (make-random-vector 100000 42)))
    (quicksort! v 0 (- (vector-length v) 1))
    (list (sorted? v) (vector-ref v 0) (vector-ref v 50000) (vector-ref v 99999))))
