package net.techmonitor.site.convert;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a URL's scheme as a browser does, for the checks that refuse script URLs in passthrough HTML
 * ({@link UnsafeHtmlRemover}) and in SVG files ({@link SvgFileCheck}).
 */
final class UrlSchemes {
    /** The only data: URLs that are just a picture: raster images, which cannot hold script (SVG can). */
    private static final Set<String> PICTURE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** More than the longest scheme or media type the checks read. */
    private static final int PREFIX = 64;

    private UrlSchemes() {
    }

    /** javascript: or vbscript:, which run what follows. */
    static boolean isScript(String value) {
        String compact = compact(value);
        return compact.startsWith("javascript:") || compact.startsWith("vbscript:");
    }

    static boolean isData(String value) {
        return compact(value).startsWith("data:");
    }

    /** A data: URL of a raster image: {@code data:image/png;base64,...} and the like. */
    static boolean isPictureData(String value) {
        String compact = compact(value);
        if (!compact.startsWith("data:")) {
            return false;
        }
        int end = compact.length();
        for (char stop : new char[] {';', ','}) {
            int at = compact.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return PICTURE_TYPES.contains(compact.substring("data:".length(), end));
    }

    /** The scheme with its colon, lower case ({@code "javascript:"}), or the whole compacted value when it has none. */
    static String scheme(String value) {
        String compact = compact(value);
        int colon = compact.indexOf(':');
        return colon < 0 ? compact : compact.substring(0, colon + 1);
    }

    /**
     * Browsers ignore control characters and spaces inside a scheme ("java&#9;script:"); so must the checks. Only the
     * start is kept: it holds the scheme and a data: URL's media type, and a data: image may be megabytes long.
     */
    private static String compact(String value) {
        StringBuilder compact = new StringBuilder(PREFIX);
        for (int i = 0; i < value.length() && compact.length() < PREFIX; i++) {
            char character = value.charAt(i);
            if (character > ' ' && character != 0x7F) {
                compact.append(character);
            }
        }
        return compact.toString().toLowerCase(Locale.ROOT);
    }
}
