package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Makes relative references in a converted body ({@code image::chart.png[]}, {@code link:report.pdf[]})
 * absolute, from the folder the source file sits in. Pages are written one folder deeper than their source
 * ({@code issues/2018-q3/x.adoc} becomes {@code issues/2018-q3/x/index.html}) while the images and PDFs beside
 * the source are copied as they are, so a relative reference would otherwise point one folder too deep.
 * A reference starting with a single '/' means the site's root, wherever the site is served from, and gets
 * the base path in front ({@code link:/about/[]} becomes {@code /techmonitor/about/}).
 */
public final class BodyLinkRebaser {
    private static final String[] ATTRIBUTES = {"src", "href", "poster"};

    private BodyLinkRebaser() {
    }

    /**
     * @param folderUrl URL of the source file's folder, base path included, ending in '/' ({@code /issues/2018-q3/})
     * @param basePath  the site's base path, "/" or "/techmonitor/"
     */
    public static String rebase(String html, String folderUrl, String basePath) {
        if (html.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return rebase(document, folderUrl, basePath) ? document.body().html() : html;
    }

    /** Rebases the references of a parsed body in place; says whether anything changed. */
    public static boolean rebase(Document document, String folderUrl, String basePath) {
        URI folder = URI.create(folderUrl);
        boolean changed = false;
        for (String attribute : ATTRIBUTES) {
            for (Element element : document.select("[" + attribute + "]")) {
                String value = element.attr(attribute);
                if (isSiteRooted(value) && !basePath.equals("/")) {
                    element.attr(attribute, basePath + value.substring(1));
                    changed = true;
                } else if (isRelative(value)) {
                    String rebased = resolved(folder, value);
                    // Left as written when it is no URI: the link checker reports it with the page it is on.
                    if (rebased != null) {
                        element.attr(attribute, rebased);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    /** A relative reference made absolute from the folder's URL, as {@link #rebase} makes it; null when it is no URI. */
    static String resolved(URI folder, String value) {
        try {
            return folder.resolve(new URI(null, null, decodedPath(value), null)).toString() + UrlParts.suffix(value);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isSiteRooted(String value) {
        return value.startsWith("/") && !value.startsWith("//");
    }

    static boolean isRelative(String value) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("/") || value.startsWith("?")) {
            return false;
        }
        // A scheme ("https:", "mailto:", "data:") comes before any '/', '?' or '#'.
        int colon = value.indexOf(':');
        int boundary = UrlParts.firstOf(value, '/', '?', '#');
        return colon < 0 || (boundary >= 0 && boundary < colon);
    }

    /**
     * The reference's path as a file name: Asciidoctor writes {@code my chart.png} as {@code my%20chart.png}, and the
     * URI built from the path encodes it again, so it is decoded first ({@code my%2520chart.png} was a broken link).
     * A '%' that starts no escape ({@code 50%.png}) is a plain character.
     */
    private static String decodedPath(String value) {
        return net.techmonitor.site.urls.SlashPaths.decodedUrlPath(UrlParts.pathPart(value));
    }

}
