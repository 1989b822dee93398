package org.eshkol.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces the text between {@code <!-- results:start -->} and {@code <!-- results:end -->} in a file. */
public final class ReadmeSection {
    static final String START = "<!-- results:start -->";
    static final String END = "<!-- results:end -->";

    private ReadmeSection() {}

    public static void replace(Path file, String body) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, replaceIn(text, body), StandardCharsets.UTF_8);
    }

    static String replaceIn(String text, String body) {
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) throw new IllegalArgumentException("markers " + START + " / " + END + " not found in order");
        return text.substring(0, start + START.length()) + "\n" + body.strip() + "\n" + text.substring(end);
    }
}
