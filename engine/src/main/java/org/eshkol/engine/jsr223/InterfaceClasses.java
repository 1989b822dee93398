package org.eshkol.engine.jsr223;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.eshkol.engine.interop.JavaValues;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generated implementations of Java interfaces by script procedures: per interface, one hidden
 * class (kept in a {@link ClassValue}, unloadable with the interface) whose method {@code i} turns
 * its arguments into Eshkol values (primitives boxed straight into {@code Long}, {@code Double} or
 * {@code Boolean}, the rest through {@link JavaValues#toScheme}), calls {@link InterfaceCalls#call}
 * (or, with up to two parameters, {@code call0}/{@code call1}/{@code call2}, without an array)
 * and fits the result to its return type ({@link JavaResults}). A call costs a direct call plus the
 * evaluation, where a {@code java.lang.reflect.Proxy} costs reflection, an argument array of
 * boxes and a method lookup. Interfaces this package cannot implement (not public, or not visible
 * from its class loader) get {@code null} here, and a {@code Proxy} from {@link InterfaceProxies}.
 */
final class InterfaceClasses {
    private InterfaceClasses() {}

    private static final String CALLS = Type.getInternalName(InterfaceCalls.class);
    private static final String OBJECT = "java/lang/Object";

    /** The generated class of an interface, for a given order of its abstract methods. */
    private record Generated(List<Method> methods, MethodHandle constructor) {}

    private static final ClassValue<Generated> CLASSES = new ClassValue<>() {
        @Override
        protected Generated computeValue(Class<?> iface) { return generate(iface); }
    };

    /** The abstract methods in the order the generated class numbers them, or null when it cannot implement the interface. */
    static List<Method> methods(Class<?> iface) {
        Generated g = CLASSES.get(iface);
        return g == null ? null : g.methods;
    }

    /** A new implementation calling {@code calls} (numbered as {@link #methods}), or null. */
    static Object instance(Class<?> iface, InterfaceCalls calls) {
        Generated g = CLASSES.get(iface);
        if (g == null) return null;
        try {
            return g.constructor.invoke(calls);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot instantiate the implementation of " + iface.getName(), t);
        }
    }

    private static Generated generate(Class<?> iface) {
        if (!implementable(iface)) return null;
        List<Method> methods = InterfaceProxies.abstractMethods(iface);
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes(iface, methods), true);
            MethodHandle ctor = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class, InterfaceCalls.class));
            return new Generated(methods, ctor.asType(MethodType.methodType(Object.class, InterfaceCalls.class)));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Public, in an exported package, and the same class when resolved by name from this package's loader. */
    private static boolean implementable(Class<?> iface) {
        // the JVM checks the interface's own access flags (a public member of a package-private class is public)
        if (!Modifier.isPublic(iface.getModifiers())) return false;
        if (!iface.getModule().isExported(iface.getPackageName(), InterfaceClasses.class.getModule())) return false;
        try {
            return Class.forName(iface.getName(), false, InterfaceClasses.class.getClassLoader()) == iface;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static byte[] bytes(Class<?> iface, List<Method> methods) {
        String self = InterfaceClasses.class.getPackageName().replace('.', '/') + "/Implementation";
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, self, null, OBJECT, new String[] {Type.getInternalName(iface)});
        cw.visitField(ACC_PRIVATE | ACC_FINAL, "calls", "L" + CALLS + ";", null, null).visitEnd();

        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "(L" + CALLS + ";)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitFieldInsn(PUTFIELD, self, "calls", "L" + CALLS + ";");
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        for (int i = 0; i < methods.size(); i++) method(cw, self, i, methods.get(i));

        MethodVisitor ts = cw.visitMethod(ACC_PUBLIC, "toString", "()Ljava/lang/String;", null, null);
        ts.visitCode();
        ts.visitLdcInsn("Eshkol implementation of " + iface.getName());
        ts.visitInsn(ARETURN);
        ts.visitMaxs(0, 0);
        ts.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void method(ClassWriter cw, String self, int index, Method m) {
        Class<?>[] ps = m.getParameterTypes();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, m.getName(), Type.getMethodDescriptor(m), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, self, "calls", "L" + CALLS + ";");
        mv.visitLdcInsn(index);
        boolean fixed = ps.length <= 2;
        if (!fixed) {
            mv.visitLdcInsn(ps.length);
            mv.visitTypeInsn(ANEWARRAY, OBJECT);
        }
        int slot = 1;
        for (int j = 0; j < ps.length; j++) {
            Type t = Type.getType(ps[j]);
            if (!fixed) {
                mv.visitInsn(DUP);
                mv.visitLdcInsn(j);
            }
            mv.visitVarInsn(t.getOpcode(ILOAD), slot);
            slot += t.getSize();
            argument(mv, t);
            if (!fixed) mv.visitInsn(AASTORE);
        }
        if (fixed) {
            mv.visitMethodInsn(INVOKEVIRTUAL, CALLS, "call" + ps.length, "(I" + "Ljava/lang/Object;".repeat(ps.length) + ")Ljava/lang/Object;", false);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, CALLS, "call", "(I[Ljava/lang/Object;)Ljava/lang/Object;", false);
        }
        result(mv, m.getReturnType());
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Turns the Java argument on the stack into the Eshkol value {@link JavaValues#toScheme} would
     * give: integral primitives straight into a {@code Long}, {@code float} and {@code double} into a
     * {@code Double}, {@code boolean} into a {@code Boolean}; {@code char} and references through
     * {@code toScheme}.
     */
    private static void argument(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.BYTE, Type.SHORT, Type.INT -> {
                mv.visitInsn(I2L);
                valueOf(mv, "java/lang/Long", "J");
            }
            case Type.LONG -> valueOf(mv, "java/lang/Long", "J");
            case Type.FLOAT -> {
                mv.visitInsn(F2D);
                valueOf(mv, "java/lang/Double", "D");
            }
            case Type.DOUBLE -> valueOf(mv, "java/lang/Double", "D");
            case Type.BOOLEAN -> valueOf(mv, "java/lang/Boolean", "Z");
            default -> {
                if (t.getSort() == Type.CHAR) valueOf(mv, "java/lang/Character", "C");
                mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(JavaValues.class), "toScheme", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            }
        }
    }

    private static void valueOf(MethodVisitor mv, String box, String primitive) {
        mv.visitMethodInsn(INVOKESTATIC, box, "valueOf", "(" + primitive + ")L" + box + ";", false);
    }

    /** Converts the Eshkol value on the stack to the return type and returns it. */
    private static void result(MethodVisitor mv, Class<?> r) {
        String results = Type.getInternalName(JavaResults.class);
        Type t = Type.getType(r);
        if (r == void.class) {
            mv.visitInsn(POP);
            mv.visitInsn(RETURN);
        } else if (r.isPrimitive()) {
            String name = "as" + Character.toUpperCase(r.getName().charAt(0)) + r.getName().substring(1);
            mv.visitMethodInsn(INVOKESTATIC, results, name, "(Ljava/lang/Object;)" + t.getDescriptor(), false);
            mv.visitInsn(t.getOpcode(IRETURN));
        } else if (r == Object.class) {
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(JavaValues.class), "toJava", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            mv.visitInsn(ARETURN);
        } else {
            mv.visitLdcInsn(t);
            mv.visitMethodInsn(INVOKESTATIC, results, "fromScheme", "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;", false);
            mv.visitTypeInsn(CHECKCAST, t.getInternalName());
            mv.visitInsn(ARETURN);
        }
    }
}
