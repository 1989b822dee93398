package org.eshkol.engine.jsr223;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.eshkol.engine.Eshkol;
import org.eshkol.engine.builtins.BuiltinRegistry;
import org.eshkol.engine.codegen.CompiledUnit;

/**
 * The optional on-disk cache of compiled units: one file per key ({@code <sha-256 of key>.eskc} in
 * the directory) holding the unit's class bytes, constants, call-site tables and global names, so a
 * new JVM loads a script without compiling it. A file is trusted only when its magic number, format,
 * engine version, full key and CRC-32 checksum all match; anything else (stale, truncated, corrupt)
 * reads as a miss, and the next write replaces it. Writes go to a temporary file moved into place,
 * so readers never see half a file.
 */
final class DiskCache {
    private static final int MAGIC = 0x45534b43; // "ESKC"
    private static final int FORMAT = 1;

    /** A unit read back, with the globals it defines (to mark as script-defined in the compiler). */
    record Entry(CompiledUnit unit, String[] definedNames) {}

    private final Path dir;
    private final BuiltinRegistry builtins;

    DiskCache(Path dir, BuiltinRegistry builtins) {
        this.dir = dir;
        this.builtins = builtins;
    }

    Path dir() { return dir; }

    Path file(String key) { return dir.resolve(ScriptKey.sha256(key) + ".eskc"); }

    /** The cached unit for {@code key}, or null when there is none or it cannot be trusted. */
    Entry read(String key) {
        Path f = file(key);
        try {
            if (!Files.isRegularFile(f)) return null;
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(f)));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(Eshkol.VERSION)) return null;
            int n = in.readInt();
            if (n < 0 || n > 1 << 30) return null;
            byte[] payload = in.readNBytes(n);
            if (payload.length != n) return null;
            CRC32 crc = new CRC32();
            crc.update(payload);
            if (in.readLong() != crc.getValue() || in.available() != 0) return null;
            return decode(key, new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores a unit; returns false (and stores nothing) when it cannot be written. */
    boolean write(String key, CompiledUnit unit, String[] definedNames) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            encode(key, unit, definedNames, new DataOutputStream(payload));
            byte[] bytes = payload.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            ByteArrayOutputStream file = new ByteArrayOutputStream(bytes.length + 64);
            DataOutputStream out = new DataOutputStream(file);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(Eshkol.VERSION);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeLong(crc.getValue());
            out.flush();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "unit", ".tmp");
            try {
                Files.write(tmp, file.toByteArray());
                try {
                    Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void encode(String key, CompiledUnit u, String[] defined, DataOutputStream out) throws IOException {
        out.writeUTF(key);
        out.writeUTF(u.className());
        out.writeInt(u.formCount());
        out.writeUTF(u.fileName());
        out.writeInt(u.classes().size());
        for (Map.Entry<String, byte[]> e : u.classes().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
        ConstantCodec.writeAll(u.constants(), out);
        out.writeInt(u.sites().size());
        for (Map.Entry<String, int[]> e : u.sites().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            for (int x : e.getValue()) out.writeInt(x);
        }
        strings(u.globalNames(), out);
        strings(defined, out);
    }

    private Entry decode(String key, DataInputStream in) throws IOException {
        if (!in.readUTF().equals(key)) return null;
        String className = in.readUTF();
        int formCount = in.readInt();
        String fileName = in.readUTF();
        int nClasses = count(in);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int i = 0; i < nClasses; i++) {
            String name = in.readUTF();
            byte[] b = in.readNBytes(count(in));
            classes.put(name, b);
        }
        if (!classes.containsKey(className) || formCount < 0) return null;
        Object[] constants = ConstantCodec.readAll(in, builtins);
        int nSites = count(in);
        Map<String, int[]> sites = new HashMap<>();
        for (int i = 0; i < nSites; i++) {
            String name = in.readUTF();
            int[] t = new int[count(in)];
            for (int k = 0; k < t.length; k++) t[k] = in.readInt();
            sites.put(name, t);
        }
        String[] globals = strings(in);
        String[] defined = strings(in);
        if (in.available() != 0) return null;
        return new Entry(new CompiledUnit(className, Map.copyOf(classes), constants, formCount, fileName, Map.copyOf(sites), globals),
                defined);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 28) throw new IOException("bad count");
        return n;
    }

    private static void strings(String[] a, DataOutputStream out) throws IOException {
        out.writeInt(a.length);
        for (String s : a) out.writeUTF(s);
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] a = new String[count(in)];
        for (int i = 0; i < a.length; i++) a[i] = in.readUTF();
        return a;
    }
}
