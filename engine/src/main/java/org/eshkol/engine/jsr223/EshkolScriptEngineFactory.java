package org.eshkol.engine.jsr223;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;

/**
 * The JSR-223 factory of Eshkol engines, registered in {@code META-INF/services}: found by the names
 * {@code eshkol} and {@code Eshkol}, the extension {@code esk} and the MIME types
 * {@code text/x-eshkol} and {@code application/x-eshkol}. Engines are {@code MULTITHREADED}: one
 * engine and one compiled script may be evaluated from many threads at once.
 */
public final class EshkolScriptEngineFactory implements ScriptEngineFactory {
    static final String LANGUAGE_VERSION = "R7RS-small";
    private static final List<String> NAMES = List.of("eshkol", "Eshkol");
    private static final List<String> EXTENSIONS = List.of("esk");
    private static final List<String> MIME_TYPES = List.of("text/x-eshkol", "application/x-eshkol");

    @Override public String getEngineName() { return "Eshkol"; }

    @Override public String getEngineVersion() { return Eshkol.VERSION; }

    @Override public List<String> getExtensions() { return EXTENSIONS; }

    @Override public List<String> getMimeTypes() { return MIME_TYPES; }

    @Override public List<String> getNames() { return NAMES; }

    @Override public String getLanguageName() { return "Eshkol"; }

    @Override public String getLanguageVersion() { return LANGUAGE_VERSION; }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> NAMES.get(0);
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    /** {@code (display x)} on the current output port. */
    @Override
    public String getOutputStatement(String toDisplay) { return "(display " + stringLiteral(toDisplay) + ")"; }

    /** {@code (m obj arg ...)}: a method call is a call of the procedure with the object first. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        StringBuilder sb = new StringBuilder("(").append(m).append(' ').append(obj);
        for (String a : args) sb.append(' ').append(a);
        return sb.append(')').toString();
    }

    /** The statements in order, one per line (each already an Eshkol expression). */
    @Override
    public String getProgram(String... statements) { return String.join("\n", statements); }

    /**
     * An engine with the default options and the policy the system property
     * {@value org.eshkol.engine.EshkolPolicy#SYSTEM_PROPERTY} names, read now: {@code untrusted}
     * for {@link org.eshkol.engine.EshkolPolicy#untrusted()}, else (unset, or {@code trusted})
     * {@link org.eshkol.engine.EshkolPolicy#trusted()}. Scripts cannot see or change it.
     *
     * @throws IllegalArgumentException when the property has another value
     */
    @Override
    public ScriptEngine getScriptEngine() {
        return new EshkolScriptEngine(this, EshkolOptions.defaults().withPolicy(org.eshkol.engine.EshkolPolicy.fromSystemProperty()));
    }

    /**
     * An engine with the given options: e.g. {@link EshkolOptions#withEvalStack} so deep recursion
     * works from any caller thread, or {@link EshkolOptions#withClassFilter} to lock interop down.
     */
    public EshkolScriptEngine getScriptEngine(EshkolOptions options) { return new EshkolScriptEngine(this, options); }

    /** An Eshkol string literal denoting {@code s}. */
    static String stringLiteral(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
