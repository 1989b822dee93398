package org.eshkol.bench.plain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The requests program on byte arrays and lists: the same allocations and work, without regions. */
public final class Requests {
    private Requests() {}

    static byte[] request(int seed) {
        byte[] msg = new byte[512];
        for (int i = 0; i < 512; i++) msg[i] = (byte) ((seed + i) % 256);
        List<byte[]> fields = new ArrayList<>(32);
        for (int i = 0; i < 32; i++) fields.add(Arrays.copyOfRange(msg, i * 16, i * 16 + 16));
        List<byte[]> out = new ArrayList<>();
        for (byte[] f : fields) {
            if (((f[0] & 0xff) % 2) != 0) continue;
            byte[] g = new byte[16];
            for (int i = 0; i < 16; i++) g[i] = (byte) ((3 * (f[i] & 0xff)) % 256);
            out.add(g);
        }
        byte[] summary = new byte[64];
        for (byte[] g : out) {
            for (int i = 0; i < 16; i++) summary[i] = (byte) (((summary[i] & 0xff) + (g[i] & 0xff)) % 256);
        }
        return summary;
    }

    public static Object run() {
        long acc = 0;
        for (int k = 0; k < 2000; k++) acc += request(k)[0] & 0xff;
        return acc;
    }
}
