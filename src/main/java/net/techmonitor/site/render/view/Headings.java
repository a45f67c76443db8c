package net.techmonitor.site.render.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Moves the headings of a converted body down, for a body shown below a heading of its own (a page in the report). */
final class Headings {
    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])", Pattern.CASE_INSENSITIVE);

    private Headings() {
    }

    /** The body with each heading {@code by} levels lower (an h2 becomes an h4 for {@code by} 2), at most h6. */
    static String lower(String html, int by) {
        Matcher matcher = HEADING_TAG.matcher(html);
        StringBuilder lowered = new StringBuilder(html.length());
        while (matcher.find()) {
            int level = Math.min(6, Integer.parseInt(matcher.group(2)) + by);
            matcher.appendReplacement(lowered, "<" + matcher.group(1) + "h" + level);
        }
        matcher.appendTail(lowered);
        return lowered.toString();
    }
}
