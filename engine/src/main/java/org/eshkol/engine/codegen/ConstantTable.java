package org.eshkol.engine.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The static final fields of a unit class: one per constant object ({@code K<n>}, type
 * {@code Object}): quoted data and builtin procedures. Because they are static finals, the JIT treats
 * their contents as constants. (Global cells are not constants: they belong to the environment a
 * program runs in, see {@link UnitCompiler}.)
 */
final class ConstantTable {
    static final String OBJECT_DESC = "Ljava/lang/Object;";

    private final List<Object> values = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> descs = new ArrayList<>();
    private final Map<Object, String> objectFields = new IdentityHashMap<>();

    /** The field holding a constant object (shared when the same object is added twice). */
    String object(Object value) {
        String field = objectFields.get(value);
        if (field == null) objectFields.put(value, field = add(value, "K", OBJECT_DESC));
        return field;
    }

    private String add(Object value, String prefix, String desc) {
        String name = prefix + values.size();
        values.add(value);
        names.add(name);
        descs.add(desc);
        return name;
    }

    Object[] values() { return values.toArray(); }

    /** Declares the fields and a class initializer that loads them from the unit's loader. */
    void emit(ClassVisitor cv, String owner) {
        for (int i = 0; i < names.size(); i++) {
            cv.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, names.get(i), descs.get(i), null, null).visitEnd();
        }
        MethodVisitor mv = cv.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        if (!names.isEmpty()) {
            mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(owner));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "org/eshkol/engine/codegen/ScriptLoader", "constantsOf",
                    "(Ljava/lang/Class;)[Ljava/lang/Object;", false);
            mv.visitVarInsn(Opcodes.ASTORE, 0);
            for (int i = 0; i < names.size(); i++) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                Emit.pushInt(mv, i);
                mv.visitInsn(Opcodes.AALOAD);
                mv.visitFieldInsn(Opcodes.PUTSTATIC, owner, names.get(i), descs.get(i));
            }
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
