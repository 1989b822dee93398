package org.eshkol.engine.jsr223;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.EshkolOptions;
import org.eshkol.engine.interop.ClassFilter;

/**
 * What identifies a compiled script in the caches: its text, its file name (which the code embeds
 * for diagnostics and backtraces), the options that change generated code and the engine version.
 * In memory the text itself is the key (comparing strings is cheaper than hashing them with SHA-256,
 * whose provider classes cost a cold start some milliseconds); on disk, its SHA-256.
 */
record ScriptKey(String text, String fileName, String options) {
    static ScriptKey of(String text, String fileName, EshkolOptions options) {
        return new ScriptKey(text, fileName, optionsKey(options));
    }

    // Written out: a record's generated equals and hashCode bootstrap through invokedynamic, which
    // costs a fresh JVM's first eval about 10-20 ms of method-handle spinning.
    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptKey k && text.equals(k.text) && fileName.equals(k.fileName) && options.equals(k.options);
    }

    @Override
    public int hashCode() { return (text.hashCode() * 31 + fileName.hashCode()) * 31 + options.hashCode(); }

    /** The options as they affect compiled code: the class filter, when it is not the default, and escape analysis. */
    static String optionsKey(EshkolOptions options) {
        String filter = options.classFilter() == ClassFilter.ALL ? "filter=all" : "filter=" + options.classFilter().getClass().getName();
        return options.escapeAnalysis() ? filter : filter + ",no-escape-analysis";
    }

    /** The key as one string, for the on-disk cache (where it is checked in full). */
    String diskKey() { return "eshkol " + Eshkol.VERSION + "\n" + options + "\n" + fileName + "\n" + sha256(text); }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
