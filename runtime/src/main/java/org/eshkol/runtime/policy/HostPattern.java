package org.eshkol.runtime.policy;

import java.util.Locale;

/**
 * An allowed {@code host:port}: the host exact (case-insensitive), {@code *} for any host, or
 * {@code *.example.com} for the subdomains of one; the port a number or {@code *}. Matching is by
 * the name the script gives: {@code localhost:8080} does not allow {@code 127.0.0.1:8080}.
 */
public record HostPattern(String host, int port) {
    /** A port of -1 matches every port. */
    public static final int ANY_PORT = -1;

    public HostPattern {
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) throw new IllegalArgumentException("empty host in host:port pattern");
        if (port < ANY_PORT || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }

    /** Parses {@code host:port} (an IPv6 literal in brackets: {@code [::1]:80}). */
    public static HostPattern parse(String pattern) {
        int colon = pattern.lastIndexOf(':');
        if (colon <= 0 || colon == pattern.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT, got " + pattern);
        }
        String h = pattern.substring(0, colon);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        String p = pattern.substring(colon + 1);
        if (p.equals("*")) return new HostPattern(h, ANY_PORT);
        try {
            return new HostPattern(h, Integer.parseInt(p));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + pattern + ": " + p);
        }
    }

    public boolean matches(String h, int p) {
        if (port != ANY_PORT && port != p) return false;
        String name = h.toLowerCase(Locale.ROOT);
        if (host.equals("*")) return true;
        if (host.startsWith("*.")) return name.endsWith(host.substring(1)) && name.length() > host.length() - 1;
        return host.equals(name);
    }

    @Override
    public String toString() { return (host.contains(":") ? "[" + host + "]" : host) + ":" + (port == ANY_PORT ? "*" : port); }
}
