;; symbols: string building with symbols: symbol->string, string-append, number->string and
;; string->symbol (interning) in a loop. Measures string allocation and the symbol table.
(define (run)
  (let loop ((i 0) (sym 'start) (total 0))
    (if (= i 100000)
        (list sym total)
        (let* ((s (string-append (symbol->string sym) "-" (number->string (remainder i 7))))
               (next (if (> (string-length s) 30)
                         (string->symbol (string-append "s" (number->string i)))
                         (string->symbol s))))
          (loop (+ i 1) next (+ total (string-length s)))))))
