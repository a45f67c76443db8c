package net.techmonitor.site.urls;

import java.nio.file.Path;

/** Paths as the site names them in messages, manifests and output paths: relative, and with '/' on every system. */
public final class SlashPaths {
    private SlashPaths() {
    }

    /**
     * A URL's path as a file path: percent-escapes decoded once, as UTF-8. A '+' stays a '+' (it means a space only in
     * form data), and a '%' that starts no escape ({@code 50%.png}) is a plain character.
     */
    public static String decodedUrlPath(String rawPath) {
        try {
            return java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawPath;
        }
    }

    /** The path of {@code file} under {@code root}, such as {@code content/issues/2018-q3/x.adoc}. */
    public static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
