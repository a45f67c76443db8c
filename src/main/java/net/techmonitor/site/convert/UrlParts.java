package net.techmonitor.site.convert;

/** A link's path and what follows it (query and fragment), as the body's link rewriting splits them. */
final class UrlParts {
    private UrlParts() {
    }

    /** The link up to its first '?' or '#'. */
    static String pathPart(String value) {
        int end = firstOf(value, '?', '#');
        return end < 0 ? value : value.substring(0, end);
    }

    /** From the link's first '?' or '#' on; empty when it has neither. */
    static String suffix(String value) {
        int end = firstOf(value, '?', '#');
        return end < 0 ? "" : value.substring(end);
    }

    /** Where the first of these characters is, or -1. */
    static int firstOf(String value, char... characters) {
        int first = -1;
        for (char character : characters) {
            int index = value.indexOf(character);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }
}
