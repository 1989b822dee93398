package org.eshkol.engine.codegen;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Small bytecode idioms shared by the code generator. */
final class Emit {
    private Emit() {}

    static final String OBJ = "java/lang/Object";
    static final String PROC = "org/eshkol/runtime/Procedure";
    static final String TAILCALL = "org/eshkol/runtime/TailCall";
    static final String BOX = "org/eshkol/runtime/Box";
    static final String CALLS = "org/eshkol/runtime/Calls";
    static final String GLOBAL = "org/eshkol/runtime/Global";
    static final String GLOBALS_DESC = "[Lorg/eshkol/runtime/Global;";

    /**
     * The bootstrap of every interop call site ({@code (java.lang.Math:max 1 2)}): static
     * {@code InteropLinker.bootstrap(Lookup, String, MethodType, String symbol)}.
     */
    static final org.objectweb.asm.Handle INTEROP_BOOTSTRAP = new org.objectweb.asm.Handle(Opcodes.H_INVOKESTATIC,
            "org/eshkol/engine/interop/InteropLinker", "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(Opcodes.ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(Opcodes.BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(Opcodes.SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    /** The descriptor of {@code (Object x n)Object}. */
    static String objects(int n, String ret) {
        return "(" + "Ljava/lang/Object;".repeat(n) + ")" + ret;
    }

    /** A class writer that computes frames without loading generated classes. */
    static ClassWriter classWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                if (a.equals(b)) return a;
                return OBJ;
            }
        };
    }

    /** A JVM-safe rendering of a Scheme name for use inside a class name. */
    static String mangle(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 60; i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '?' || c == '!' || c == '*'
                    || c == '+' || c == '=' || c == '>' || c == '<') {
                sb.append(c);
            } else {
                sb.append('~').append(Integer.toHexString(c)).append('~');
            }
        }
        return sb.toString();
    }

    /** Reverses {@link #mangle}. */
    static String unmangle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = c == '~' ? s.indexOf('~', i + 1) : -1;
            if (end > i) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, end), 16));
                i = end;
            } else sb.append(c);
        }
        return sb.toString();
    }
}
