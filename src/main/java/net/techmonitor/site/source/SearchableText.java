package net.techmonitor.site.source;

/**
 * How much of a body's plain text search can use. It lives with the documents, not with the search index, because
 * the conversion stage keeps only this much of every body (in memory and in its cache).
 */
public final class SearchableText {
    /** The most characters of a body's text the search index keeps. */
    public static final int MAX_TEXT = 1500;

    private SearchableText() {
    }

    /**
     * The beginning of a body's text that is all the search index ({@code SearchText.of}) can ever use, whatever the head: every
     * whitespace run counted as the one space it becomes, from the first character that is not whitespace, until
     * more than {@link #MAX_TEXT} characters and a last one that is not whitespace (so that stripping the end of the
     * shorter text strips nothing the index keeps). Converted bodies keep only this much text: the rest was held in
     * memory and in the cache for nothing, about 6 kB of every article.
     */
    public static String usablePart(String body) {
        int counted = 0;
        boolean started = false;
        boolean inRun = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            started |= !Character.isWhitespace(c);
            if (!started) {
                continue;
            }
            boolean space = isRegexSpace(c);
            if (!space || !inRun) {
                counted++;
            }
            inRun = space;
            if (counted > MAX_TEXT + 1 && !Character.isWhitespace(c)) {
                return body.substring(0, i + 1);
            }
        }
        return body;
    }

    /** What {@code \\s} matches in a Java regular expression. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
