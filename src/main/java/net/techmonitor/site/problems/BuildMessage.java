package net.techmonitor.site.problems;

/**
 * A line a build prints besides its problems, with what kind of line it is, so that no reader of the lines has to
 * tell them apart by their wording.
 *
 * <p>A notice says the build changed or judged the content in a way the editor should know of without failing it
 * (unsafe raw HTML removed, a glyph missing from a PDF edition): {@code build} prints it again when it skips a site
 * that has not changed, and a preview prints it on every save. A routine line only reports progress (files read,
 * pages written, links checked).</p>
 */
public record BuildMessage(Kind kind, String text) {

    /** The text is shown as printed: control characters from content become visible escapes ({@link VisibleText}). */
    public BuildMessage {
        text = VisibleText.of(text);
    }

    public enum Kind { ROUTINE, NOTICE }

    public static BuildMessage routine(String text) {
        return new BuildMessage(Kind.ROUTINE, text);
    }

    public static BuildMessage notice(String text) {
        return new BuildMessage(Kind.NOTICE, text);
    }

    public boolean isNotice() {
        return kind == Kind.NOTICE;
    }
}
