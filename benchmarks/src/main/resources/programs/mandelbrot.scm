;; mandelbrot: counts the points of a 200x200 grid over [-2,1]x[-1,1] that stay bounded for 50
;; iterations. Measures flonum arithmetic in loops (boxing, or not, of doubles).
(define (mandel-point cr ci max-iter)
  (let loop ((zr 0.0) (zi 0.0) (i 0))
    (cond ((= i max-iter) 1)
          ((> (+ (* zr zr) (* zi zi)) 4.0) 0)
          (else (loop (+ (- (* zr zr) (* zi zi)) cr)
                      (+ (* 2.0 zr zi) ci)
                      (+ i 1))))))

(define (mandelbrot n max-iter)
  (let yloop ((y 0) (count 0))
    (if (= y n)
        count
        (let ((ci (- (* 2.0 (/ (inexact y) n)) 1.0)))
          (let xloop ((x 0) (count count))
            (if (= x n)
                (yloop (+ y 1) count)
                (let ((cr (- (* 3.0 (/ (inexact x) n)) 2.0)))
                  (xloop (+ x 1) (+ count (mandel-point cr ci max-iter))))))))))

(define (run) (mandelbrot 200 50))
