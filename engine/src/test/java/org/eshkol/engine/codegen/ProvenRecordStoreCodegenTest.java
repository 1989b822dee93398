package org.eshkol.engine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Record setter calls that escape analysis proves cannot carry a region value out compile to
 * {@code ProvenStores.recordSet} (no promotion walk); every other setter call stays a procedure
 * call with the full store check.
 */
class ProvenRecordStoreCodegenTest {
    private static final String SCRIPT = """
            (define-record-type box (make-box v) box? (v box-v set-box-v!))
            (define b (make-box '()))
            (define (put! x) (set-box-v! b x))
            (with-region 'req
              (define-record-type cell (make-cell v) cell? (v cell-v set-cell-v!))
              (let ((c (make-cell 0)))
                (set-box-v! b (list 1 2))
                (set-cell-v! c (cons 'x (box-v b)))
                (put! (bytevector 5))
                (cell-v c)))
            """;

    /** How many calls of {@code ProvenStores.recordSet} the compiled classes make. */
    private static int provenRecordStores(boolean escapeAnalysis, String script) {
        Eshkol engine = new Eshkol(EshkolOptions.defaults().withEscapeAnalysis(escapeAnalysis));
        CompiledUnit unit = engine.compileUnit(new SourceFile("t.esk", script));
        int[] count = {0};
        for (byte[] bytes : unit.classes().values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int op, String owner, String method, String d, boolean itf) {
                            if (owner.equals("org/eshkol/runtime/data/ProvenStores") && method.equals("recordSet")) count[0]++;
                        }
                    };
                }
            }, 0);
        }
        return count[0];
    }

    @Test
    void provenSetterStoresThroughTopLevelAndLocalSettersSkipTheWalk() {
        // (set-box-v! b (list 1 2)) and (set-cell-v! c ...); not put!'s store of its parameter
        assertEquals(2, provenRecordStores(true, SCRIPT));
    }

    @Test
    void withoutEscapeAnalysisEverySetterCallKeepsTheCheck() {
        assertEquals(0, provenRecordStores(false, SCRIPT));
    }

    @Test
    void aSetterBindingThatIsAssignedIsNotKnown() {
        assertEquals(0, provenRecordStores(true, """
                (define-record-type box (make-box v) box? (v box-v set-box-v!))
                (define b (make-box 0))
                (set! set-box-v! (lambda (r v) (display v)))
                (with-region (set-box-v! b 1))
                """));
        assertEquals(0, provenRecordStores(true, """
                (define-record-type box (make-box v) box? (v box-v set-box-v!))
                (define b (make-box 0))
                (define (f g) (let ((s set-box-v!)) (if g (set! s g)) (with-region (s b 1))))
                """));
        // the same local binding, never assigned: known
        assertEquals(1, provenRecordStores(true, """
                (define-record-type box (make-box v) box? (v box-v set-box-v!))
                (define b (make-box 0))
                (define (f g) (let ((s set-box-v!)) (with-region (s b 1))))
                """));
    }
}
