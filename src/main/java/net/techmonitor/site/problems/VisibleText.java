package net.techmonitor.site.problems;

/**
 * Text an editor or contributor wrote, made safe to print on a terminal or a log: every control character (C0, DEL,
 * C1), line and paragraph separator and bidirectional override is shown as its {@code \}{@code uXXXX} escape. An
 * ESC in a country name would otherwise reach the editor's terminal as a live escape sequence, and a line break in a
 * value would make one problem look like two.
 */
public final class VisibleText {
    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (isInvisible(character)) {
                if (visible == null) {
                    visible = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                visible.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) character));
            } else if (visible != null) {
                visible.append(character);
            }
        }
        return visible == null ? text : visible.toString();
    }

    /** Controls, separators and the bidirectional formatting characters that reorder what a terminal shows. */
    public static boolean isInvisible(char character) {
        return character < 0x20 || (character >= 0x7F && character <= 0x9F) || character == '\u2028' || character == '\u2029'
            || (character >= '\u202A' && character <= '\u202E') || (character >= '\u2066' && character <= '\u2069');
    }
}
