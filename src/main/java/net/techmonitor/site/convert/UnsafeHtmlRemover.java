package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enforces {@link RawHtmlPolicy#SAFE} on a converted body: holds it to the allow-list of {@link PassthroughSafelist}
 * with Jsoup's {@link Cleaner}. Jsoup is the parser the rest of finishing and the link check use, so the sanitizer
 * sees the tree they see. A body with nothing outside the list is left exactly as it is (the fast path and the
 * byte-for-byte equivalence of builds rely on that): the body is first only walked, to learn what is unsafe, and
 * rewritten only if something is.
 */
public final class UnsafeHtmlRemover {
    /** Attributes that hold a URL: a script scheme in one of these is reported as such rather than by name. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction", "poster",
        "background", "cite", "data", "srcset", "ping");
    private static final PassthroughSafelist SAFELIST = new PassthroughSafelist();

    private UnsafeHtmlRemover() {
    }

    /** The cleaned body, and what was removed (for the editor), empty when the body was safe already. */
    public record Cleaned(String html, List<String> removed) {
    }

    public static Cleaned clean(String html) {
        if (html.isEmpty()) {
            return new Cleaned(html, List.of());
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<String> removed = clean(document);
        return removed.isEmpty() ? new Cleaned(html, List.of()) : new Cleaned(document.body().html(), removed);
    }

    /**
     * Cleans a parsed body in place; returns what was removed, sorted and without repeats ({@code "<script>"},
     * {@code "onclick attribute"}, {@code "javascript: URL"}, {@code "data: URL"}), empty when it was safe already.
     */
    public static List<String> clean(Document document) {
        Element body = document.body();
        Set<String> removed = new TreeSet<>();
        List<Element> dropped = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == body) {
                    return FilterResult.CONTINUE;
                }
                if (PassthroughSafelist.dropsWithContent(element)) {
                    removed.add("<" + element.normalName() + ">");
                    dropped.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!SAFELIST.isSafeTag(element.normalName())) {
                    removed.add("<" + element.normalName() + ">"); // the Cleaner unwraps it: its content stays
                    return FilterResult.CONTINUE;
                }
                for (Attribute attribute : element.attributes()) {
                    if (!SAFELIST.isSafeAttribute(element.tagName(), element, attribute)) {
                        removed.add(reason(element, attribute));
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (removed.isEmpty()) {
            return List.of();
        }
        // The Cleaner keeps the content of an element it drops; for these that content is the danger.
        dropped.forEach(Element::remove);
        Document cleaned = new Cleaner(SAFELIST).clean(document);
        body.empty();
        body.appendChildren(new ArrayList<>(cleaned.body().childNodes()));
        return List.copyOf(removed);
    }

    /**
     * javascript:, vbscript: and data: (but a PNG, JPEG, GIF or WebP data: image in an img is only a picture). The
     * element and attribute names are in lower case.
     */
    static boolean hasScriptScheme(String value, String element, String attribute) {
        if (UrlSchemes.isScript(value)) {
            return true;
        }
        return UrlSchemes.isData(value) && !(element.equals("img") && attribute.equals("src") && UrlSchemes.isPictureData(value));
    }

    private static String reason(Element element, Attribute attribute) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (!name.startsWith("on") && URL_ATTRIBUTES.contains(name) && hasScriptScheme(attribute.getValue(), element.normalName(), name)) {
            return UrlSchemes.scheme(attribute.getValue()) + " URL";
        }
        return name + " attribute";
    }
}
