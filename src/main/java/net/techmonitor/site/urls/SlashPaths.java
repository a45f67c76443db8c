package net.techmonitor.site.urls;

import java.nio.file.Path;

/** Paths as the site names them in messages, manifests and output paths: relative, and with '/' on every system. */
public final class SlashPaths {
    private SlashPaths() {
    }

    /** The path of {@code file} under {@code root}, such as {@code content/issues/2018-q3/x.adoc}. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
