package net.techmonitor.site.pipeline;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what a page links to, which anchors it offers and its {@code citation_*} tags by scanning its tags, without
 * building a document tree.
 * The link check reads every page of every build, and a full Jsoup parse of each spent most of its time building
 * trees that were thrown away.
 * What it saves a cold build over Jsoup: docs/performance.md, "Hand-written readers against Jsoup".
 *
 * <p>It follows the HTML tokenizer where a page's tags can hide: comments, the raw text of {@code script},
 * {@code style} and their kin, and the escapable raw text of {@code title} and {@code textarea} hold no tags;
 * attribute values may be double-quoted, single-quoted or bare; character references in them are decoded as
 * Jsoup decodes them; of two attributes with one name the first counts. A test holds it to the Jsoup reading on
 * every page of the real site and of the fixture sites, hostile content included.</p>
 */
final class PageLinkScanner {
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title");
    /** Elements whose link attribute the check follows, and which one. */
    private static final Set<String> HREF = Set.of("a", "link");
    private static final Set<String> SRC = Set.of("img", "script", "source", "video", "audio", "track");

    /** What one page refers to, in document order, the anchors it offers, and its Google Scholar tags in order. */
    record Found(List<String> references, Set<String> anchors, List<Meta> citations) {
        Found(List<String> references, Set<String> anchors) {
            this(references, anchors, List.of());
        }
    }

    /** A {@code <meta>} whose name starts with {@code citation_} (any case), the name in lower case, for {@link ScholarTagCheck}. */
    record Meta(String name, String content) {
    }

    private static final String CITATION = "citation_";

    private final String html;
    private int at;
    private final List<String> references = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final List<Meta> citations = new ArrayList<>();

    private PageLinkScanner(String html) {
        this.html = html;
    }

    static Found scan(String html) {
        PageLinkScanner scanner = new PageLinkScanner(html);
        scanner.run();
        return new Found(scanner.references, scanner.anchors, scanner.citations);
    }

    private void run() {
        int length = html.length();
        while (true) {
            int open = html.indexOf('<', at);
            if (open < 0 || open + 1 >= length) {
                return;
            }
            at = open + 1;
            char next = html.charAt(at);
            if (html.startsWith("!--", at)) {
                skipComment();
            } else if (next == '!' || next == '?') {
                skipPast('>'); // doctype, CDATA in foreign content, bogus comments
            } else if (next == '/') {
                skipPast('>');
            } else if (isAsciiLetter(next)) {
                String name = readTag();
                if (name != null && RAW_TEXT.contains(name)) {
                    skipRawText(name);
                } else if ("plaintext".equals(name)) {
                    return;
                }
            }
            // anything else: a '<' in text
        }
    }

    private void skipComment() {
        // "<!-->" and "<!--->" end at once, as in the tokenizer
        int start = at + 3;
        if (html.startsWith(">", start) || html.startsWith("->", start)) {
            at = html.indexOf('>', start) + 1;
            return;
        }
        int end = html.indexOf("-->", start);
        int bang = html.indexOf("--!>", start);
        if (bang >= 0 && (end < 0 || bang < end)) {
            at = bang + 4;
        } else {
            at = end < 0 ? html.length() : end + 3;
        }
    }

    private void skipPast(char c) {
        int end = html.indexOf(c, at);
        at = end < 0 ? html.length() : end + 1;
    }

    /** Reads a start tag from its name to its '>' and records what it offers; returns its name, lower case. */
    private String readTag() {
        int length = html.length();
        int nameStart = at;
        while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
        String href = null;
        String src = null;
        String poster = null;
        String srcset = null;
        String id = null;
        String anchorName = null;
        String content = null;
        Set<String> seen = null;
        boolean closed = false;
        while (at < length) {
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                closed = true;
                break;
            }
            if (isSpace(c) || c == '/') {
                at++;
                continue;
            }
            int attributeStart = at;
            at++; // a first '=' belongs to the name, as in the tokenizer
            while (at < length && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String attribute = html.substring(attributeStart, at).toLowerCase(Locale.ROOT);
            while (at < length && isSpace(html.charAt(at))) {
                at++;
            }
            String value = "";
            if (at < length && html.charAt(at) == '=') {
                at++;
                while (at < length && isSpace(html.charAt(at))) {
                    at++;
                }
                value = readValue();
            }
            if (seen == null) {
                seen = new HashSet<>();
            }
            if (!seen.add(attribute)) {
                continue; // the first of two attributes with one name counts
            }
            switch (attribute) {
                case "href" -> href = value;
                case "src" -> src = value;
                case "poster" -> poster = value;
                case "srcset" -> srcset = value;
                case "id" -> id = value;
                case "name" -> anchorName = value;
                case "content" -> content = value;
                default -> { }
            }
        }
        if (!closed) {
            return null; // a tag the page ends in is dropped, as by the tokenizer
        }
        note(name, href, src, poster, id, anchorName);
        if (srcset != null && ("img".equals(name) || "source".equals(name))) {
            // Each image a srcset offers must resolve and be published, like an img's src (issue covers offer several).
            references.addAll(srcsetUrls(srcset));
        }
        if ("meta".equals(name) && anchorName != null && anchorName.regionMatches(true, 0, CITATION, 0, CITATION.length())) {
            citations.add(new Meta(anchorName.toLowerCase(Locale.ROOT), content == null ? "" : content));
        }
        return name;
    }

    private String readValue() {
        int length = html.length();
        if (at >= length) {
            return "";
        }
        char quote = html.charAt(at);
        int start;
        int end;
        if (quote == '"' || quote == '\'') {
            start = at + 1;
            end = html.indexOf(quote, start);
            if (end < 0) {
                end = length;
            }
            at = Math.min(length, end + 1);
        } else {
            start = at;
            while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                at++;
            }
            end = at;
        }
        String raw = html.substring(start, end);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private void note(String name, String href, String src, String poster, String id, String anchorName) {
        if (href != null && HREF.contains(name) || src != null && SRC.contains(name)) {
            references.add(href != null ? href : src);
        }
        // A video's poster is a picture the page shows: it must resolve, and be published, like an img's src.
        if (poster != null && "video".equals(name)) {
            references.add(poster);
        }
        if (id != null) {
            anchors.add(id);
        }
        if ("a".equals(name) && anchorName != null) {
            anchors.add(anchorName);
        }
    }

    /**
     * The URLs of a {@code srcset}'s image candidates, as the HTML standard splits them: a URL runs to the next white
     * space (trailing commas are not part of it), then its descriptors run to the next comma.
     */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int length = srcset.length();
        int at = 0;
        while (true) {
            while (at < length && (isSpace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            if (at >= length) {
                return urls;
            }
            int start = at;
            while (at < length && !isSpace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                while (at < length && srcset.charAt(at) != ',') {
                    at++; // descriptors ("320w", "2x")
                }
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
    }

    /** Skips to the end tag of a raw-text element ({@code </name} followed by a space, '/' or '>'). */
    private void skipRawText(String name) {
        int length = html.length();
        while (true) {
            int close = html.indexOf("</", at);
            if (close < 0) {
                at = length;
                return;
            }
            int afterName = close + 2 + name.length();
            if (html.regionMatches(true, close + 2, name, 0, name.length())
                && (afterName >= length || isSpace(html.charAt(afterName)) || html.charAt(afterName) == '/' || html.charAt(afterName) == '>')) {
                at = close;
                return;
            }
            at = close + 2;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
