package net.techmonitor.site.render.search;

import net.techmonitor.site.source.SearchableText;

/**
 * The text search reads of a document: its head (a description, a period) and the beginning of its body, with
 * whitespace collapsed, and the short excerpt a result shows.
 */
public final class SearchText {
    /** Enough text to find a page by what it says; the conversion keeps no more of a body. */
    public static final int MAX_TEXT = SearchableText.MAX_TEXT;
    /** What a result shows of a document: about two lines. */
    public static final int MAX_EXCERPT = 160;

    private SearchText() {
    }

    /** {@link #of(String, String)} of one text. */
    public static String of(String text) {
        return of("", text);
    }

    /**
     * The head followed by the body, with every run of whitespace ({@code \\s}) made one space, stripped, and cut to
     * {@link #MAX_TEXT} characters. It reads only as far as the cut, and never joins the two into one string: a
     * preview recomputes the index on every save, and bodies are long.
     */
    public static String of(String head, String body) {
        int length = head.length() + body.length();
        StringBuilder out = new StringBuilder(Math.min(length, MAX_TEXT));
        int i = 0;
        while (i < length) {
            char next = charAt(head, body, i);
            if (SearchableText.isRegexSpace(next)) {
                while (i < length && SearchableText.isRegexSpace(charAt(head, body, i))) {
                    i++;
                }
                next = ' ';
            } else {
                i++;
            }
            if (out.isEmpty() && Character.isWhitespace(next)) {
                continue; // leading whitespace, as strip() removes it
            }
            if (out.length() == MAX_TEXT) {
                if (!Character.isWhitespace(next)) {
                    return out.toString(); // more text follows the cut, so the cut stands
                }
                continue;
            }
            out.append(next);
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }

    /**
     * The beginning of a text (already collapsed) up to {@link #MAX_EXCERPT} characters, cut after the last whole
     * word that fits and then marked with an ellipsis; the text itself when it fits.
     */
    public static String excerpt(String text) {
        String collapsed = of(text);
        if (collapsed.length() <= MAX_EXCERPT) {
            return collapsed;
        }
        int cut = collapsed.lastIndexOf(' ', MAX_EXCERPT);
        if (cut < MAX_EXCERPT / 2) {
            cut = MAX_EXCERPT; // one very long word: cut inside it
            if (Character.isHighSurrogate(collapsed.charAt(cut - 1))) {
                cut--;
            }
        }
        return collapsed.substring(0, cut).stripTrailing() + " …";
    }

    private static char charAt(String head, String body, int index) {
        return index < head.length() ? head.charAt(index) : body.charAt(index - head.length());
    }
}
