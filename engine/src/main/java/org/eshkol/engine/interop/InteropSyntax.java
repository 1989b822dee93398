package org.eshkol.engine.interop;

/**
 * Which symbols are Java interop references, and what they mean. The forms:
 * <ul>
 *   <li>{@code (Class:method arg ...)} calls a static method; a bare {@code Class:FIELD} reads a
 *       static field (or, when there is no such field, is the static method as a procedure);</li>
 *   <li>{@code (Class:new arg ...)} calls a constructor;</li>
 *   <li>{@code (Class:set-FIELD! value)} writes a static field;</li>
 *   <li>{@code (.method obj arg ...)} calls an instance method of the first argument;</li>
 *   <li>{@code (.-field obj)} reads an instance field; {@code (.set-field! obj value)} writes it.</li>
 * </ul>
 * {@code Class} is a fully qualified name ({@code java.util.ArrayList}, nested classes with
 * {@code $} or {@code .}) or the simple name of a {@code java.lang} class ({@code Math},
 * {@code String}). A {@code -} or {@code !} cannot occur in Java names, so the setter and field
 * forms never collide with a method.
 */
public final class InteropSyntax {
    private InteropSyntax() {}

    /** What an interop symbol refers to. */
    public enum Kind { STATIC, CONSTRUCTOR, STATIC_FIELD_SET, INSTANCE, INSTANCE_FIELD_GET, INSTANCE_FIELD_SET }

    /**
     * A parsed interop symbol.
     *
     * @param className the class part for static references, null for instance references
     * @param member    the method or field name (without {@code set-}/{@code !}/{@code -})
     */
    public record Ref(Kind kind, String className, String member) {}

    public static boolean isInterop(String name) { return parse(name) != null; }

    /** The reference a symbol names, or null when it is no interop symbol. */
    public static Ref parse(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && colon < name.length() - 1 && name.indexOf(':', colon + 1) < 0) {
            String cls = name.substring(0, colon);
            String member = name.substring(colon + 1);
            if (!isClassName(cls)) return null;
            if (member.equals("new")) return new Ref(Kind.CONSTRUCTOR, cls, member);
            if (member.startsWith("set-") && member.endsWith("!") && isIdentifier(member, 4, member.length() - 1)) {
                return new Ref(Kind.STATIC_FIELD_SET, cls, member.substring(4, member.length() - 1));
            }
            return isIdentifier(member, 0, member.length()) ? new Ref(Kind.STATIC, cls, member) : null;
        }
        if (colon >= 0 || name.length() < 2 || name.charAt(0) != '.') return null;
        if (name.charAt(1) == '-') {
            return isIdentifier(name, 2, name.length()) ? new Ref(Kind.INSTANCE_FIELD_GET, null, name.substring(2)) : null;
        }
        if (name.startsWith(".set-") && name.endsWith("!") && isIdentifier(name, 5, name.length() - 1)) {
            return new Ref(Kind.INSTANCE_FIELD_SET, null, name.substring(5, name.length() - 1));
        }
        return isIdentifier(name, 1, name.length()) ? new Ref(Kind.INSTANCE, null, name.substring(1)) : null;
    }

    private static boolean isClassName(String s) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!isIdentifier(s, start, end)) return false;
            if (dot < 0) return true;
            start = dot + 1;
        }
    }

    private static boolean isIdentifier(String s, int from, int to) {
        if (from >= to || !Character.isJavaIdentifierStart(s.charAt(from))) return false;
        for (int i = from + 1; i < to; i++) if (!Character.isJavaIdentifierPart(s.charAt(i))) return false;
        return true;
    }
}
