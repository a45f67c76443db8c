package net.techmonitor.site.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds control characters in a source file's text: C0 controls other than tab and line end, DEL and the C1
 * controls. None has a meaning in AsciiDoc or in a page; they come from pasted terminal output or a hostile
 * contributor, and would reach titles, feeds and an editor's terminal.
 */
public final class ControlCharacters {
    /** More lines than this with controls are reported as the first of them: one file, not a screenful. */
    private static final int MAX_REPORTED = 5;

    private ControlCharacters() {
    }

    /** One line holding a control character, and the first such character on it. */
    public record Found(int line, char character) {
        public String message() {
            return String.format(Locale.ROOT, "control character \\u%04x in the text (expected printable text: tab and line ends"
                + " are the only control characters a source file may hold)", (int) character);
        }
    }

    private static boolean isRefused(char character) {
        return (character < 0x20 && character != '\t' && character != '\n') || (character >= 0x7F && character <= 0x9F);
    }

    /** The first lines (1-based) holding a refused character, at most a few; empty for nearly every file. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int line = 1;
        int reportedLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (character == '\n') {
                line++;
            } else if (isRefused(character) && line != reportedLine) {
                found.add(new Found(line, character));
                reportedLine = line;
                if (found.size() == MAX_REPORTED) {
                    break;
                }
            }
        }
        return found;
    }
}
