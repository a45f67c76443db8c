package net.techmonitor.site.render.pdf;

import net.techmonitor.site.urls.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A print template's HTML made ready for the PDF: links absolute (a downloaded PDF has no site around it), the site's
 * pictures read from the output being built, ids made unique across an issue's articles, every link given the
 * description PDF/UA asks of it, and bookmarks from the headings. The result is the W3C document openhtmltopdf lays
 * out, and the pictures it shows, which the cache is keyed on beside the template's HTML.
 */
final class PrintDocument {
    /** The scheme under which the PDF's pictures are handed to openhtmltopdf: nothing else is ever read. */
    static final String PICTURES = "site";

    static {
        JdkXmlFactories.choose();
    }

    /**
     * @param pictures     what the PDF shows, by the {@code site:} URL its {@code img} now names
     * @param sitePictures the output path of every picture of the site the HTML names, whether the output has it or
     *                     not: what the PDF depends on besides its text
     * @param notices      what the PDF leaves out or cannot show, for the build's report
     */
    record Prepared(org.w3c.dom.Document dom, Map<String, byte[]> pictures, List<String> sitePictures,
                    List<String> notices) {
    }

    private PrintDocument() {
    }

    /**
     * @param pageUrl the absolute URL of the page the PDF is the edition of, which relative links are resolved against
     * @param output  the output being built, where the site's pictures have been copied
     */
    static Prepared prepare(String html, String pageUrl, SiteUrls urls, Path output) throws IOException {
        Document document = Jsoup.parse(html, pageUrl);
        document.outputSettings().prettyPrint(false);
        List<String> notices = new ArrayList<>();
        uniqueIds(document);
        captionsFirst(document);
        absoluteLinks(document, pageUrl);
        List<String> sitePictures = new ArrayList<>();
        Map<String, byte[]> pictures = pictures(document, urls, output, sitePictures, notices);
        bookmarks(document);
        // The text nodes as they are: Element.text() would join and normalise the whole body's text first.
        Map<Integer, String> missing = PdfFonts.missingIn(document.body().nodeStream(org.jsoup.nodes.TextNode.class)
            .map(org.jsoup.nodes.TextNode::getWholeText)::iterator);
        missing.forEach((codePoint, name) -> notices.add("the PDF's font has no glyph for '" + Character.toString(codePoint)
            + "' (U+" + String.format("%04X", codePoint) + (name.isEmpty() ? "" : " " + name) + "), shown as a blank"));
        org.w3c.dom.Document dom = new W3CDom().namespaceAware(false).fromJsoup(document);
        return new Prepared(dom, pictures, List.copyOf(new java.util.TreeSet<>(sitePictures)), notices);
    }

    /**
     * An issue holds several articles, each with the ids Asciidoctor gave its sections and footnotes
     * ({@code _footnotedef_1} in each): inside each {@code [data-ids]} element, ids and the links to them get its
     * value as a prefix. The element's own anchor (its first heading's id, which the contents link to) stays.
     */
    private static void uniqueIds(Document document) {
        for (Element part : document.select("[data-ids]")) {
            String prefix = part.attr("data-ids");
            part.removeAttr("data-ids");
            Set<String> ids = new HashSet<>();
            for (Element withId : part.select("[id]")) {
                if (!withId.id().equals(prefix)) {
                    ids.add(withId.id());
                    withId.attr("id", prefix + "-" + withId.id());
                }
            }
            for (Element link : part.select("a[href^=#]")) {
                String target = link.attr("href").substring(1);
                if (ids.contains(target)) {
                    link.attr("href", "#" + prefix + "-" + target);
                }
            }
        }
    }

    /**
     * A table's caption as a paragraph just before it: openhtmltopdf tags a caption after the table's rows, so a
     * screen reader would read "Table 1. ..." after the figures it introduces, not before them as the page shows it.
     */
    private static void captionsFirst(Document document) {
        for (Element caption : document.select("table > caption")) {
            Element title = new Element("p").addClass("table-title");
            title.appendChildren(caption.childNodesCopy());
            caption.parent().before(title);
            caption.remove();
        }
    }

    /** Every link outside the document made absolute, and every link given a description (its text, else its address). */
    private static void absoluteLinks(Document document, String pageUrl) {
        URI base = URI.create(pageUrl);
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href").strip();
            if (!href.startsWith("#")) {
                try {
                    link.attr("href", base.resolve(href).toString());
                } catch (IllegalArgumentException e) {
                    // Not a URL a reader could follow (the link check reported what it checks): its text stays, not the link.
                    link.removeAttr("href");
                    continue;
                }
            }
            if (link.attr("title").isBlank()) {
                String text = link.text().strip();
                link.attr("title", text.isEmpty() ? link.attr("href") : text);
            }
        }
    }

    /**
     * The site's pictures, read from the output (every {@code img} the pages show there is copied before the PDFs
     * are made): each {@code src} renamed {@code site:/<path>}. A picture from elsewhere is not fetched, and one
     * the site does not have is not guessed: the PDF shows its text alternative instead. A decorative picture
     * ({@code alt=""}) is left out, as a screen reader leaves it out of the page.
     */
    private static Map<String, byte[]> pictures(Document document, SiteUrls urls, Path output, List<String> sitePictures,
                                                List<String> notices) throws IOException {
        Map<String, byte[]> pictures = new TreeMap<>();
        Path root = output.toAbsolutePath().normalize();
        for (Element image : document.select("img")) {
            String alt = image.attr("alt").strip();
            if (alt.isEmpty()) {
                notices.add("the picture " + image.attr("src") + " has no text alternative (alt): the PDF leaves it out");
                image.remove();
                continue;
            }
            Path file = siteFile(image.attr("src"), urls, root);
            if (file != null) {
                sitePictures.add(root.relativize(file).toString().replace('\\', '/'));
            }
            if (file == null || !Files.isRegularFile(file)) {
                notices.add("the picture " + image.attr("src") + " is not one of the site's files: the PDF shows its text alternative");
                image.replaceWith(new Element("span").addClass("picture-text").text("[" + alt + "]"));
                continue;
            }
            String path = root.relativize(file).toString().replace('\\', '/');
            String url = PICTURES + ":/" + path;
            pictures.computeIfAbsent(url, any -> read(file));
            image.attr("src", url);
            image.attr("alt", alt);
        }
        return pictures;
    }

    /** The output file a picture's URL names, if it is a URL of this site (the output may not have it). */
    private static Path siteFile(String src, SiteUrls urls, Path root) {
        String path;
        try {
            URI uri = URI.create(src);
            String site = URI.create(urls.siteUrl()).getRawAuthority();
            boolean ours = uri.getScheme() == null ? uri.getRawAuthority() == null
                : (uri.getScheme().equals("https") || uri.getScheme().equals("http")) && site != null && site.equals(uri.getRawAuthority());
            if (!ours || uri.getRawPath() == null || !uri.getRawPath().startsWith(urls.basePath())) {
                return null;
            }
            path = URLDecoder.decode(uri.getRawPath().substring(urls.basePath().length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) && !file.equals(root) ? file : null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The PDF's bookmarks: its headings of the first three levels, nested as they are, each leading to its heading
     * (given an id when it has none). openhtmltopdf reads them from a {@code bookmarks} element in the head.
     */
    private static void bookmarks(Document document) {
        Element bookmarks = document.head().appendElement("bookmarks");
        List<Element> open = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        int count = 0;
        for (Element heading : document.body().select("h1, h2, h3")) {
            if (heading.text().isBlank()) {
                continue;
            }
            if (heading.id().isEmpty()) {
                heading.attr("id", "pdf-heading-" + (++count));
            }
            int level = heading.tagName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                open.remove(open.size() - 1);
            }
            Element parent = open.isEmpty() ? bookmarks : open.get(open.size() - 1);
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text().strip()).attr("href", "#" + heading.id());
            open.add(bookmark);
            levels.add(level);
        }
    }
}
