package net.techmonitor.site.convert;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;

/**
 * The allow-list {@link UnsafeHtmlRemover} holds a converted body to: every element and attribute Asciidoctor's HTML5
 * converter writes, a few more inert HTML elements, and a small static subset of inline SVG. Nothing that runs,
 * embeds or loads code: no script, style element, frame, object, form control (but the checklist's checkbox), meta,
 * base, link, template, MathML, or SVG animation, {@code use} or {@code foreignObject}.
 *
 * <p>Jsoup's {@code Safelist} is namespace-blind and its protocol lists drop relative links, so this subclass adds
 * what it cannot say: URLs are refused only for a script scheme ({@link UnsafeHtmlRemover#hasScriptScheme}), and
 * {@link #dropsWithContent} decides by namespace. {@code style} attributes stay: Asciidoctor writes them
 * ({@code <col style="width: 50%;">}), the page's CSP allows them ({@code style-src-attr 'unsafe-inline'}), and CSS
 * runs no script in the browsers the CSP is written for.</p>
 */
final class PassthroughSafelist extends Safelist {
    /** HTML elements kept: the phrasing and block elements Asciidoctor writes, and a few more inert ones. */
    static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "dfn", "em", "i",
        "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
        "div", "p", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table",
        "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "details", "summary", "del", "ins",
        "figure", "figcaption", "audio", "video", "source", "track", "input", "section", "article", "aside", "header", "footer",
        "nav", "main", "address", "ruby", "rt", "rp");
    /** Static inline SVG: shapes, text and links. No animation, use, foreignObject, style, script, or paint servers. */
    static final Set<String> SVG_ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "title", "desc", "a");
    /**
     * HTML elements removed with all they hold: their content is script, a document of its own, or raw text that
     * another parser would read as markup (the {@code <noscript><p title="</noscript><img onerror>">} kind).
     */
    static final Set<String> HTML_DROPPED_WITH_CONTENT = Set.of("script", "style", "noscript", "template", "xmp", "plaintext",
        "noembed", "noframes", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "textarea", "title", "select",
        "option", "optgroup", "datalist", "head", "meta", "base", "link", "canvas", "dialog", "portal", "slot");
    /** Attributes allowed on every element. None is a URL, an event handler or {@code srcdoc}. */
    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "id", "title", "style", "lang", "dir", "role", "alt",
        "width", "height", "colspan", "rowspan", "start", "type", "reversed", "target", "data-lang", "data-value", "open",
        "datetime", "loading", "rel", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby");
    private static final String[] SVG_ATTRIBUTES = {"xmlns", "xmlns:xlink", "version", "viewbox", "preserveaspectratio", "x", "y",
        "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "pathlength", "transform", "fill", "fill-opacity",
        "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
        "stroke-dashoffset", "stroke-miterlimit", "opacity", "color", "visibility", "display", "clip-rule", "vector-effect",
        "shape-rendering", "text-rendering", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "dx",
        "dy", "rotate", "textlength", "lengthadjust", "focusable"};

    PassthroughSafelist() {
        addTags(HTML_ELEMENTS.toArray(String[]::new));
        addTags(SVG_ELEMENTS.toArray(String[]::new));
        addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
        addAttributes("a", "href", "xlink:href", "hreflang");
        addAttributes("img", "src");
        addAttributes("audio", "src", "controls", "autoplay", "loop", "muted", "preload");
        addAttributes("video", "src", "poster", "controls", "autoplay", "loop", "muted", "preload", "playsinline");
        addAttributes("source", "src", "media");
        // Captions and subtitles for a video (WebVTT): text a player shows, never run.
        addAttributes("track", "src", "kind", "srclang", "label", "default");
        for (String quoting : new String[] {"blockquote", "q", "del", "ins"}) {
            addAttributes(quoting, "cite");
        }
        addAttributes("col", "span");
        addAttributes("colgroup", "span");
        addAttributes("th", "scope", "abbr");
        addAttributes("li", "value");
        addAttributes("input", "checked", "disabled", "data-item-complete");
        for (String svg : SVG_ELEMENTS) {
            if (!svg.equals("a")) {
                addAttributes(svg, SVG_ATTRIBUTES);
            }
        }
    }

    /**
     * Whether the element goes with everything inside it, before the {@code Cleaner} runs: the dropped HTML elements,
     * an input other than a checkbox, SVG outside the static subset, MathML, and any HTML element Jsoup put straight
     * inside SVG. Jsoup does not break out of SVG where a browser does ({@code <svg><p>} ends the SVG), so such content
     * is where Jsoup's tree and the browser's part ({@code <svg></p><title><a id="</title><img onerror=...>">}).
     */
    static boolean dropsWithContent(Element element) {
        String namespace = element.tag().namespace();
        String name = element.normalName();
        if (namespace.equals(Parser.NamespaceSvg)) {
            return !SVG_ELEMENTS.contains(name);
        }
        if (!namespace.equals(Parser.NamespaceHtml)) {
            return true;
        }
        Element parent = element.parent();
        if (parent != null && !parent.tag().namespace().equals(Parser.NamespaceHtml)) {
            return true;
        }
        return HTML_DROPPED_WITH_CONTENT.contains(name) || name.equals("input") && !element.attr("type").equalsIgnoreCase("checkbox");
    }

    /**
     * Matches names in lower case (Jsoup keeps SVG's {@code viewBox} as written), refuses every event handler, and
     * refuses a URL only for its scheme, so relative and fragment links stay exactly as written.
     */
    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return false;
        }
        if (UnsafeHtmlRemover.URL_ATTRIBUTES.contains(key)
            && UnsafeHtmlRemover.hasScriptScheme(attribute.getValue(), element.normalName(), key)) {
            return false;
        }
        // Safelist asks itself again with ":all" for the global attributes; anything else is asked by element name.
        String asked = tagName.equals(":all") ? tagName : element.normalName();
        return super.isSafeAttribute(asked, element, key.equals(attribute.getKey()) ? attribute : new Attribute(key, attribute.getValue()));
    }
}
