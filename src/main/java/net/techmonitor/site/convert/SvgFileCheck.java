package net.techmonitor.site.convert;

import net.techmonitor.site.problems.Problem;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an SVG file may be copied to the site as it is. Opened directly, an SVG is a document on the
 * site's origin and runs its scripts there, and a copied file is not rewritten, so anything that can run code is
 * refused with a problem for the editor to fix (stage {@value #STAGE}: the files copied as they are, from
 * {@code assets/} or beside the content).
 *
 * <p>Refused: SVG elements outside a static allow-list (so {@code script}, {@code foreignObject}, {@code animate},
 * {@code set}, {@code handler} ...); XHTML and MathML elements anywhere; elements of other namespaces outside
 * {@code <metadata>}, except Inkscape's and Sodipodi's, which editors write everywhere and browsers ignore;
 * {@code on*} attributes; {@code href} in any namespace with a {@code javascript:}, {@code vbscript:} or
 * {@code data:} URL (but a PNG, JPEG, GIF or WebP {@code data:} picture on {@code <image>}); {@code attributeName},
 * which only animation uses; a DOCTYPE with an internal subset (browsers expand its entities, which can build a
 * {@code <script>}); processing instructions ({@code xml-stylesheet} can run XSLT); undefined entity references and
 * anything else that is not well-formed XML. SVG and XHTML elements are checked inside {@code <metadata>} and other
 * namespaces too: a browser runs a script wherever it stands.</p>
 *
 * <p>The file is read with the JDK's StAX parser, namespace-aware, with DTDs and external entities off (no XXE).
 * Lines are where the start tag, DOCTYPE or instruction begins.</p>
 */
public final class SvgFileCheck {
    public static final String STAGE = "assets";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final Set<String> EDITOR_NAMESPACES = Set.of("http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd");
    /** Static SVG: shapes, text, paint servers, filters, links and styling. Nothing that animates or runs code. */
    static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "path", "rect",
        "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "image", "clipPath", "mask", "pattern",
        "marker", "linearGradient", "radialGradient", "stop", "filter", "style", "a", "switch", "view", "feBlend", "feColorMatrix",
        "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
        "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge",
        "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    private final String path;
    private final byte[] bytes;
    private final List<Problem> problems = new ArrayList<>();
    private XMLStreamReader reader;
    private String text;
    private int metadataDepth;

    private SvgFileCheck(String path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    /**
     * @param path the file relative to the site folder, as problems name it ({@code content/issues/2020-q1/chart.svg})
     * @return what makes the file unsafe to publish, in file order; empty when it may be copied as it is
     */
    public static List<Problem> check(String path, byte[] bytes) {
        SvgFileCheck check = new SvgFileCheck(path, bytes);
        check.read();
        return List.copyOf(check.problems);
    }

    private void read() {
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> startElement();
                    case XMLStreamConstants.END_ELEMENT -> metadataDepth = Math.max(metadataDepth - 1, 0);
                    case XMLStreamConstants.DTD -> doctype();
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> add(tagStartLine(), "processing instruction <?" + reader.getPITarget()
                        + "?> is not allowed (expected only the XML declaration: xml-stylesheet can run XSLT)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> add(reader.getLocation().getLineNumber(), "entity reference &"
                        + reader.getLocalName() + "; is not defined (expected only &amp; &lt; &gt; &quot; &apos; and numeric references)");
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            add(location == null ? 0 : Math.max(location.getLineNumber(), 0),
                "not well-formed XML: " + parserMessage(e) + " (expected a well-formed SVG file)");
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, with every way to reach another file closed.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private void startElement() {
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        String name = written(reader.getPrefix(), reader.getLocalName());
        int line = tagStartLine();
        if (namespace.equals(SVG)) {
            if (!ELEMENTS.contains(reader.getLocalName())) {
                add(line, "SVG element <" + name + "> is not allowed (expected static SVG only: no script, animation, "
                    + "foreignObject or handler)");
            }
        } else if (namespace.equals(XHTML)) {
            add(line, "HTML element <" + name + "> is not allowed in an SVG file (expected SVG elements: HTML can run script)");
        } else if (namespace.equals(MATHML)) {
            add(line, "MathML element <" + name + "> is not allowed in an SVG file (expected SVG elements)");
        } else if (metadataDepth == 0 && !EDITOR_NAMESPACES.contains(namespace)) {
            add(line, "element <" + name + "> in " + (namespace.isEmpty() ? "no namespace" : "namespace " + namespace)
                + " is outside <metadata> (expected SVG elements; other namespaces only inside <metadata>, or Inkscape's and Sodipodi's)");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attribute(name, written(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)), reader.getAttributeLocalName(i),
                reader.getAttributeValue(i), line);
        }
        // Every element inside <metadata> counts, so the depth falls back to 0 at its end tag.
        if (metadataDepth > 0 || namespace.equals(SVG) && reader.getLocalName().equals("metadata")) {
            metadataDepth++;
        }
    }

    private void attribute(String element, String name, String localName, String value, int line) {
        if (localName.toLowerCase(Locale.ROOT).startsWith("on")) {
            add(line, "event handler attribute " + name + " on <" + element + "> is not allowed (expected no on* attributes: they run script)");
        } else if (localName.equals("attributeName")) {
            add(line, "attribute " + name + " on <" + element + "> is not allowed (expected no animation: it can turn a link into script)");
        } else if (localName.equals("href")) {
            if (UrlSchemes.isScript(value)) {
                add(line, UrlSchemes.scheme(value) + " URL in " + name + " on <" + element + "> is not allowed (expected a relative, "
                    + "http: or https: URL)");
            } else if (UrlSchemes.isData(value) && !(element.equals("image") && UrlSchemes.isPictureData(value))) {
                add(line, "data: URL in " + name + " on <" + element + "> is not allowed (expected a file, or a PNG, JPEG, GIF or "
                    + "WebP data: picture on <image>)");
            }
        }
    }

    /**
     * Reads the DOCTYPE from the file itself: with DTD support off, the JDK parser still skips the declaration, but
     * hands back garbled text for it ({@code <!DOCTYPEA #IMPLIED> ]>}) and no reliable location. There is at most one,
     * in the prolog, so the first {@code <!DOCTYPE} outside a comment is it.
     */
    private void doctype() {
        String source = text();
        int start = source.indexOf("<!DOCTYPE");
        while (start >= 0 && insideComment(source, start)) {
            start = source.indexOf("<!DOCTYPE", start + 1);
        }
        if (start < 0) {
            return;
        }
        int line = lineBreaks(source.substring(0, start)) + 1;
        int subset = internalSubsetStart(source, start);
        if (subset < 0) {
            return;
        }
        String declarations = source.substring(subset, internalSubsetEnd(source, subset));
        if (declarations.contains("<!ENTITY")) {
            add(line, "ENTITY declaration in the DOCTYPE is not allowed (expected none: browsers expand entities, "
                + "which can build a <script>)");
        } else {
            add(line, "DOCTYPE with an internal subset is not allowed (expected no DOCTYPE, or one without [...]: "
                + "browsers read its declarations)");
        }
    }

    private static boolean insideComment(String source, int at) {
        int open = source.lastIndexOf("<!--", at);
        return open >= 0 && source.lastIndexOf("-->", at) < open;
    }

    /** Where the '[' of the DOCTYPE at {@code start} is (outside its quoted identifiers), or -1 when it has none. */
    private static int internalSubsetStart(String source, int start) {
        char quote = 0;
        for (int i = start + "<!DOCTYPE".length(); i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return i;
            } else if (c == '>') {
                return -1;
            }
        }
        return -1;
    }

    /** Where the internal subset opened at {@code open} closes: its ']' outside quoted values and comments. */
    private static int internalSubsetEnd(String source, int open) {
        char quote = 0;
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (source.startsWith("<!--", i)) {
                int close = source.indexOf("-->", i);
                i = close < 0 ? source.length() : close + 2;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ']') {
                return i;
            }
        }
        return source.length();
    }

    /**
     * The line the current tag or instruction begins on. The parser reports where it ends; a well-formed tag holds no
     * '<' in between (attribute values may not), so the nearest '<' before the end is its beginning.
     */
    private int tagStartLine() {
        Location end = reader.getLocation();
        String source = text();
        int offset = offsetOf(source, end.getLineNumber(), end.getColumnNumber());
        if (offset < 0) {
            return end.getLineNumber();
        }
        int start = source.lastIndexOf('<', Math.min(offset, source.length()) - 1);
        return start < 0 ? end.getLineNumber() : end.getLineNumber() - lineBreaks(source.substring(start, offset));
    }

    /** The file as text, decoded as the parser decoded it; only needed when a problem is found. */
    private String text() {
        if (text == null) {
            String encoding = reader.getEncoding();
            Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            text = new String(bytes, charset);
        }
        return text;
    }

    /** The offset of a 1-based line and column, counting line breaks as the parser does ("\r\n", "\r", "\n"); -1 if past. */
    private static int offsetOf(String source, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int lf = source.indexOf('\n', offset);
            int cr = source.indexOf('\r', offset);
            int next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (next < 0) {
                return -1;
            }
            offset = next + (source.startsWith("\r\n", next) ? 2 : 1);
        }
        return column < 1 ? -1 : Math.min(offset + column - 1, source.length());
    }

    private static int lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }

    private static String written(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    /** The parser's own words, without its "ParseError at [row,col]" preamble (the line is the problem's). */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int words = message.indexOf("Message: ");
        return (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip();
    }

    private void add(int line, String message) {
        problems.add(new Problem(STAGE, path, line, message));
    }
}
