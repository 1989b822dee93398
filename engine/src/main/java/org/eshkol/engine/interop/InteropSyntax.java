package org.eshkol.engine.interop;

/**
 * Which symbols are Java interop references. {@code Class:member} names a static member, a
 * constructor ({@code Class:new}) or a static field of a class (the class part contains a dot or is
 * imported by its simple name); {@code .name} names an instance method or field of the first
 * argument.
 */
public final class InteropSyntax {
    private InteropSyntax() {}

    public static boolean isInterop(String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && colon < name.length() - 1 && name.indexOf(':', colon + 1) < 0) {
            return Character.isJavaIdentifierStart(name.charAt(0)) && Character.isJavaIdentifierStart(name.charAt(colon + 1));
        }
        return name.length() > 1 && name.charAt(0) == '.' && Character.isJavaIdentifierStart(name.charAt(1));
    }
}
