;; requests (Kawa: the same without regions): fill a 512-byte message, parse it into
;; 32 field bytevectors, keep the even ones, transform each into a new bytevector, summarize them into
;; a 64-byte bytevector returned from the region. Measures regions, bytevector allocation and access,
;; and what escape analysis saves (the summary is allocated where the caller lives, not copied out).
(define (parse msg)
  (let loop ((i 0) (fields '()))
    (if (= i 32) fields
        (loop (+ i 1) (cons (bytevector-copy msg (* i 16) (+ (* i 16) 16)) fields)))))
(define (keep fields)
  (let loop ((fs fields) (out '()))
    (cond ((null? fs) out)
          ((even? (bytevector-u8-ref (car fs) 0)) (loop (cdr fs) (cons (car fs) out)))
          (else (loop (cdr fs) out)))))
(define (transform f)
  (let ((g (make-bytevector 16 0)))
    (do ((i 0 (+ i 1))) ((= i 16) g)
      (bytevector-u8-set! g i (modulo (* 3 (bytevector-u8-ref f i)) 256)))))
(define (request seed)
  (let ()
    (let ((msg (make-bytevector 512 0)))
      (do ((i 0 (+ i 1))) ((= i 512))
        (bytevector-u8-set! msg i (modulo (+ seed i) 256)))
      (let ((out (map transform (keep (parse msg))))
            (summary (make-bytevector 64 0)))
        (for-each (lambda (f)
                    (do ((i 0 (+ i 1))) ((= i 16))
                      (bytevector-u8-set! summary i (modulo (+ (bytevector-u8-ref summary i) (bytevector-u8-ref f i)) 256))))
                  out)
        summary))))
(define (run)
  (let loop ((k 0) (acc 0))
    (if (= k 2000) acc
        (loop (+ k 1) (+ acc (bytevector-u8-ref (request k) 0))))))
