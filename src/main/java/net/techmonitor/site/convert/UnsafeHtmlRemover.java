package net.techmonitor.site.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enforces {@link RawHtmlPolicy#SAFE} on a converted body with Jsoup: removes elements that run or embed
 * code, every {@code on*} event handler, and URLs with script schemes. It removes only what is dangerous, so
 * the classes and structure Asciidoctor writes stay as they are (a general allow-list would strip them).
 */
public final class UnsafeHtmlRemover {
    private static final String UNSAFE_ELEMENTS = "script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form";
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction", "poster",
        "background", "cite", "data", "srcset", "ping");

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

    /** Cleans a parsed body in place; returns what was removed, sorted, empty when it was safe already. */
    public static List<String> clean(Document document) {
        Set<String> removed = new TreeSet<>();
        for (Element element : document.body().select(UNSAFE_ELEMENTS)) {
            removed.add("<" + element.normalName() + ">");
            element.remove();
        }
        for (Element element : document.body().getAllElements()) {
            List<String> drop = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc")) {
                    drop.add(attribute.getKey());
                    removed.add(name + " attribute");
                } else if (URL_ATTRIBUTES.contains(name) && hasScriptScheme(attribute.getValue(), element.normalName(), name)) {
                    drop.add(attribute.getKey());
                    removed.add(scheme(attribute.getValue()) + " URL");
                }
            }
            drop.forEach(element::removeAttr);
        }
        return List.copyOf(removed);
    }

    /** javascript:, vbscript: and data: (but a data: image in an img is only a picture). */
    static boolean hasScriptScheme(String value, String element, String attribute) {
        String compact = compact(value);
        if (compact.startsWith("javascript:") || compact.startsWith("vbscript:")) {
            return true;
        }
        return compact.startsWith("data:") && !(element.equals("img") && attribute.equals("src") && compact.startsWith("data:image/")
            && !compact.startsWith("data:image/svg"));
    }

    /** Browsers ignore control characters and spaces inside a scheme ("java&#9;script:"); so must the check. */
    private static String compact(String value) {
        StringBuilder compact = new StringBuilder();
        for (char character : value.toCharArray()) {
            if (character > ' ' && character != 0x7F) {
                compact.append(Character.toLowerCase(character));
            }
        }
        return compact.toString();
    }

    private static String scheme(String value) {
        String compact = compact(value);
        int colon = compact.indexOf(':');
        return colon < 0 ? compact : compact.substring(0, colon + 1);
    }
}
