package net.techmonitor.site.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a setting is written in a properties file, so that a message about it can name the line. */
final class PropertyLines {
    private PropertyLines() {
    }

    /**
     * The 1-based line of the first entry of {@code key} in {@code file}, or 0 when it cannot be told (the file is
     * gone, or the key is written with escapes). Comment lines and the continuations of a value ending in a backslash
     * are not entries.
     */
    static int lineOf(Path file, String key) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
        boolean continuation = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String entry = line.stripLeading();
            boolean entryLine = !continuation && !entry.startsWith("#") && !entry.startsWith("!");
            if (entryLine && entry.startsWith(key) && (entry.length() == key.length()
                || " \t\f=:".indexOf(entry.charAt(key.length())) >= 0)) {
                return i + 1;
            }
            continuation = (entryLine || continuation) && endsInOddBackslashes(line);
        }
        return 0;
    }

    private static boolean endsInOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
