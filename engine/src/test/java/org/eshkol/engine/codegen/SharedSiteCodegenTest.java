package org.eshkol.engine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eshkol.analysis.source.SourceFile;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A direct call of the builtin {@code shared} compiles to {@code SharedLib.sharedAt} with the call's
 * {@code file:line} as a constant (no stack walk when it runs); {@code shared} used as a value, or
 * redefined by the script, keeps the ordinary call, whose site the stack walk finds.
 */
class SharedSiteCodegenTest {

    /** The site constants passed to {@code SharedLib.sharedAt}, in the order the compiled classes pass them. */
    private static List<String> sitesPassed(String script) { return sitesPassed(script, "sharedAt"); }

    /** The site constants passed to {@code SharedLib.<entry>}, sorted. */
    private static List<String> sitesPassed(String script, String entry) {
        CompiledUnit unit = new Eshkol(EshkolOptions.defaults()).compileUnit(new SourceFile("t.esk", script));
        List<String> sites = new ArrayList<>();
        for (byte[] bytes : unit.classes().values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        Object lastConstant;

                        @Override
                        public void visitLdcInsn(Object value) { lastConstant = value; }

                        @Override
                        public void visitMethodInsn(int op, String owner, String method, String d, boolean itf) {
                            if (owner.equals("org/eshkol/runtime/shared/SharedLib") && method.equals(entry)) {
                                sites.add(String.valueOf(lastConstant));
                            }
                        }
                    };
                }
            }, 0);
        }
        sites.sort(null);
        return sites;
    }

    @Test
    void directCallsPassTheirFileAndLine() {
        assertEquals(List.of("t.esk:1", "t.esk:3", "t.esk:5"), sitesPassed("""
                (define a (shared (list 1)))
                (define (f x)
                  (shared x (lambda (v) #t)))
                (define b
                  (shared
                    (vector 1)))
                """));
    }

    @Test
    void temporariesPassTheirSiteToTheEntryThatHandsTheCountOn() {
        String script = """
                (define t (make-hash-table))
                (hash-table-set! t 'k (shared (list 1)))
                (define a (shared (list 2)))
                (display (ref-count (shared (list 3))))
                """;
        assertEquals(List.of("t.esk:2", "t.esk:4"), sitesPassed(script, "sharedTempAt"));
        assertEquals(List.of("t.esk:3"), sitesPassed(script, "sharedAt"));
    }

    @Test
    void sharedAsAValueKeepsTheWalk() {
        assertEquals(List.of(), sitesPassed("""
                (define a (apply shared (list (list 1))))
                (define b (map shared (list (list 2))))
                (define s shared)
                (define c (s (list 3)))
                """));
    }

    @Test
    void aScriptsOwnSharedIsNotTheBuiltin() {
        assertEquals(List.of(), sitesPassed("""
                (define (shared v) v)
                (define a (shared (list 1)))
                """));
        assertEquals(List.of(), sitesPassed("""
                (define a (shared (list 1)))
                (set! shared (lambda (v) v))
                """));
    }
}
