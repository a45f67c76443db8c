package net.techmonitor.site.problems;

/**
 * One thing wrong with the site's input, located as precisely as we can: the stage that found it,
 * the file relative to the site folder, and the 1-based line (0 when the problem is the file as a whole).
 */
public record Problem(String stage, String path, int line, String message) implements Comparable<Problem> {

    /**
     * The form editors read: {@code validate: content/x.adoc:7: what is wrong (what was expected)}, on one line, with
     * any control character from an editor's value shown as its escape.
     */
    public String format() {
        return VisibleText.of(stage + ": " + path + (line > 0 ? ":" + line : "") + ": " + message);
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
