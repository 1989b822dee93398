;; closures: higher-order procedures over lists, repeated: map with a closure made by make-adder,
;; a hand-written filter taking a closure, a fold with a lambda. Measures closure creation and
;; calls through unknown procedures, and list allocation.
(define (iota-list n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons i acc)))))

(define (keep pred lst)
  (let loop ((l lst) (acc '()))
    (cond ((null? l) (reverse acc))
          ((pred (car l)) (loop (cdr l) (cons (car l) acc)))
          (else (loop (cdr l) acc)))))

(define (accumulate f acc lst)
  (if (null? lst) acc (accumulate f (f acc (car lst)) (cdr lst))))

(define (make-adder k) (lambda (x) (+ x k)))

(define (make-multiple-of? k) (lambda (x) (= 0 (remainder x k))))

(define (run)
  (let ((numbers (iota-list 1000)))
    (let loop ((i 0) (total 0))
      (if (= i 200)
          total
          (let* ((shifted (map (make-adder i) numbers))
                 (picked (keep (make-multiple-of? 3) shifted))
                 (sum (accumulate (lambda (a x) (+ a (* x x))) 0 picked)))
            (loop (+ i 1) (+ total sum)))))))
