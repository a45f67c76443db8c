package net.techmonitor.site.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * Which files beside a document may be published under {@code content.raw-html=safe}. Anything served from the
 * site's own origin that a browser runs as a page or script (HTML, XHTML, SVG with script, XML with a stylesheet,
 * JavaScript) would get round the page's Content-Security-Policy, so content may publish only the kinds of file
 * listed here, and SVG only when it holds no script. Active kinds are refused even when nothing refers to them: they
 * have no place in content at all.
 */
final class ContentFileTypes {
    /** Pictures, documents, data and media a reader downloads or a page embeds; none runs on the site's origin. */
    private static final Set<String> PUBLISHED = Set.of(
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff",
        "pdf", "txt", "csv", "tsv", "md", "rtf", "epub", "bib", "ris",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
        "zip", "gz", "tgz", "7z",
        "mp3", "m4a", "oga", "ogg", "wav", "flac", "mp4", "m4v", "webm", "ogv", "mov", "vtt", "srt");
    /** Files a browser runs as a page or script when opened from the site. */
    private static final Set<String> ACTIVE = Set.of("js", "mjs", "cjs", "htm", "html", "xhtml", "xht", "shtml", "xsl", "xslt",
        "xml", "svgz", "wasm", "swf");

    private ContentFileTypes() {
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isActive(String fileName) {
        return ACTIVE.contains(extension(fileName));
    }

    static boolean isPublishable(String fileName) {
        return PUBLISHED.contains(extension(fileName));
    }

    static boolean isSvg(String fileName) {
        return extension(fileName).equals("svg");
    }

    static String publishedList() {
        return String.join(", ", new java.util.TreeSet<>(PUBLISHED));
    }
}
