package net.techmonitor.site.convert;

import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a converted body without building a tree, when the body keeps to the plain, well-formed HTML that
 * Asciidoctor writes: every element one of a known set, closed in order, tables and lists built the regular way,
 * only known attributes, and nothing an HTML parser would move, close or insert on its own. For such a body the
 * tag stream is the tree, so its plain text (as Jsoup's {@code Element.text()} gives it) and its references can be
 * read in one pass. Any body outside that subset (raw HTML an editor passed through, a comment, an odd entity in a
 * link) is refused, and the caller parses it with Jsoup as before.
 *
 * <p>Why: parsing every body into a Jsoup document only to learn that nothing needs changing was a tenth of what the
 * converting threads did on a cold build. {@code SimpleBodyReaderTest} holds this reading to Jsoup's on every body of
 * the real site, the fixtures and a synthetic site, and on hostile markup.</p>
 */
final class SimpleBodyReader {
    /** What the body says: its text, and every reference ({@code a href} and {@code img src}, entities decoded). */
    record Reading(String text, List<Reference> references) {
    }

    /** A reference: the element and attribute it is in, its value, and (for {@code a}) its {@code rel}. */
    record Reference(String element, String attribute, String value, String rel) {
    }

    /** Elements that may appear inside a paragraph without the parser closing it first. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "dfn", "em", "i", "img",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr");
    static final Set<String> ELEMENTS = union(PHRASING, Set.of("div", "p", "pre", "blockquote", "ul", "ol", "li", "dl", "dt",
        "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td",
        "th", "details", "summary", "del", "ins"));
    private static final Set<String> VOID = Set.of("br", "img", "col", "hr", "wbr");
    /**
     * Attributes allowed anywhere besides those read ({@code href} on {@code a}, {@code src} on {@code img}, and
     * {@code rel}). None is a URL, an event handler or {@code srcdoc}.
     */
    static final Set<String> ATTRIBUTES = Set.of("class", "id", "title", "style", "lang", "dir", "role", "alt", "width", "height",
        "colspan", "rowspan", "start", "type", "reversed", "target", "data-lang", "data-value", "open", "datetime", "loading");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Inside these the parser moves stray text and elements out of the table, so only their own children may follow. */
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "colgroup");

    private final String html;
    private final List<String> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Reference> references = new ArrayList<>();
    private int at;
    /** A block element just closed: Jsoup puts a space after it if text or an inline element follows. */
    private boolean blockJustClosed;

    private SimpleBodyReader(String html) {
        this.html = html;
    }

    /** The body's reading, or empty when the body is outside the simple subset (parse it instead). */
    static Optional<Reading> read(String html) {
        if (html.indexOf('\r') >= 0 || html.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        SimpleBodyReader reader = new SimpleBodyReader(html);
        return reader.readAll() ? Optional.of(new Reading(reader.text.toString().trim(), List.copyOf(reader.references)))
            : Optional.empty();
    }

    private boolean readAll() {
        while (at < html.length()) {
            int tag = html.indexOf('<', at);
            int end = tag < 0 ? html.length() : tag;
            if (end > at && !text(html.substring(at, end))) {
                return false;
            }
            if (tag < 0) {
                break;
            }
            at = tag;
            if (!tag()) {
                return false;
            }
        }
        // An element left open is legal HTML, but the parser's tree then depends on rules not modelled here.
        return open.isEmpty();
    }

    private boolean text(String raw) {
        String parent = top();
        if (TABLE_PARTS.contains(parent)) {
            // Only whitespace may sit between table parts; anything else the parser moves before the table.
            for (int i = 0; i < raw.length(); i++) {
                if (" \t\n\f".indexOf(raw.charAt(i)) < 0) {
                    return false;
                }
            }
        }
        String decoded = raw.indexOf('&') < 0 ? raw : decode(raw);
        if (decoded == null) {
            return false;
        }
        if (blockJustClosed) {
            spaceUnlessLast();
            blockJustClosed = false;
        }
        if (preservesWhitespace()) {
            text.append(decoded);
        } else {
            appendNormalisedWhitespace(decoded);
        }
        return true;
    }

    private boolean tag() {
        boolean closing = html.startsWith("</", at);
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.length() && isAsciiLetterOrDigit(html.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !isAsciiLetter(html.charAt(nameStart)) || nameEnd >= html.length()) {
            return false; // "<" as text, a comment, a doctype, a processing instruction: let the parser decide
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        if (!ELEMENTS.contains(name)) {
            return false;
        }
        at = nameEnd;
        return closing ? endTag(name) : startTag(name);
    }

    private boolean endTag(String name) {
        if (at >= html.length() || html.charAt(at) != '>' || VOID.contains(name) || !name.equals(top())) {
            return false;
        }
        at++;
        open.remove(open.size() - 1);
        blockJustClosed = Tag.valueOf(name).isBlock();
        return true;
    }

    private boolean startTag(String name) {
        if (!fitsWhereItIs(name)) {
            return false;
        }
        String href = null;
        String src = null;
        String rel = null;
        List<String> seen = new ArrayList<>(4);
        boolean selfClosing = false;
        while (true) {
            skipWhitespace();
            if (at >= html.length()) {
                return false;
            }
            char next = html.charAt(at);
            if (next == '>') {
                at++;
                break;
            }
            if (next == '/') {
                if (!html.startsWith("/>", at)) {
                    return false;
                }
                selfClosing = true;
                at += 2;
                break;
            }
            int attributeStart = at;
            while (at < html.length() && isAttributeNameCharacter(html.charAt(at))) {
                at++;
            }
            if (at == attributeStart || !isAsciiLetter(html.charAt(attributeStart))) {
                return false;
            }
            String attribute = html.substring(attributeStart, at).toLowerCase(java.util.Locale.ROOT);
            if (seen.contains(attribute)) {
                return false; // the parser keeps the first of two; not worth modelling
            }
            seen.add(attribute);
            String value = "";
            skipWhitespace();
            if (at < html.length() && html.charAt(at) == '=') {
                at++;
                skipWhitespace();
                value = attributeValue();
                if (value == null) {
                    return false;
                }
            }
            boolean read = attribute.equals("href") && name.equals("a") || attribute.equals("src") && name.equals("img")
                || attribute.equals("rel");
            if (!read) {
                if (!ATTRIBUTES.contains(attribute)) {
                    return false;
                }
                continue;
            }
            String decoded = decodeAttribute(value);
            if (decoded == null) {
                return false; // a value with an entity other than &amp;
            }
            switch (attribute) {
                case "href" -> href = decoded;
                case "src" -> src = decoded;
                default -> rel = decoded;
            }
        }
        boolean isVoid = VOID.contains(name);
        if (selfClosing && !isVoid) {
            return false; // the parser ignores "/>" on other elements, leaving them open
        }
        Tag tag = Tag.valueOf(name);
        if (blockJustClosed && !tag.formatAsBlock()) {
            spaceUnlessLast();
        }
        blockJustClosed = false;
        if (text.length() > 0 && (tag.isBlock() || name.equals("br"))) {
            spaceUnlessLast();
        }
        if (href != null) {
            references.add(new Reference(name, "href", href, rel == null ? "" : rel));
        }
        if (src != null) {
            references.add(new Reference(name, "src", src, ""));
        }
        if (isVoid) {
            blockJustClosed = tag.isBlock();
        } else {
            open.add(name);
            if (name.equals("pre") && at < html.length() && html.charAt(at) == '\n') {
                at++; // the parser drops a newline right after <pre>
            }
        }
        return true;
    }

    /**
     * Whether the parser would put this element where it stands, as a child of the open element: it closes an open
     * paragraph before a block, an open heading before another, and builds tables and lists only in their own order.
     */
    private boolean fitsWhereItIs(String name) {
        String parent = top();
        if (!PHRASING.contains(name) && open.contains("p")) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        if (HEADINGS.contains(name) && open.stream().anyMatch(HEADINGS::contains)) { // rare: a heading is a leaf here
            return false;
        }
        switch (name) {
            case "li":
                return parent.equals("ul") || parent.equals("ol");
            case "dt", "dd":
                return parent.equals("dl");
            case "caption", "colgroup", "thead", "tbody", "tfoot":
                return parent.equals("table");
            case "col":
                return parent.equals("colgroup");
            case "tr":
                return parent.equals("thead") || parent.equals("tbody") || parent.equals("tfoot");
            case "td", "th":
                return parent.equals("tr");
            default:
                return !TABLE_PARTS.contains(parent);
        }
    }

    /** A quoted or unquoted attribute value as written, or null when it is written in a way the parser reads oddly. */
    private String attributeValue() {
        if (at >= html.length()) {
            return null;
        }
        char quote = html.charAt(at);
        if (quote == '"' || quote == '\'') {
            int close = html.indexOf(quote, at + 1);
            if (close < 0) {
                return null;
            }
            String value = html.substring(at + 1, close);
            at = close + 1;
            // After a quoted value the parser expects a space, "/" or ">".
            return at < html.length() && " \t\n\f/>".indexOf(html.charAt(at)) >= 0 ? value : null;
        }
        int start = at;
        while (at < html.length() && " \t\n\f>".indexOf(html.charAt(at)) < 0) {
            if ("\"'<=`".indexOf(html.charAt(at)) >= 0) {
                return null;
            }
            at++;
        }
        return at > start ? html.substring(start, at) : null;
    }

    /** A URL or rel value with its {@code &amp;} decoded; null when it holds any other entity (the parser decides those). */
    private static String decodeAttribute(String value) {
        int ampersand = value.indexOf('&');
        if (ampersand < 0) {
            return value;
        }
        StringBuilder decoded = new StringBuilder(value.length());
        int from = 0;
        while (ampersand >= 0) {
            if (!value.startsWith("&amp;", ampersand)) {
                return null;
            }
            decoded.append(value, from, ampersand).append('&');
            from = ampersand + "&amp;".length();
            ampersand = value.indexOf('&', from);
        }
        return decoded.append(value, from, value.length()).toString();
    }

    /**
     * Text with its character references decoded. The references Asciidoctor writes ({@code &#8217;}, {@code &amp;},
     * {@code &lt;}) are decoded here; anything else goes to Jsoup's own decoder, which is what a parse would use.
     */
    private static String decode(String raw) {
        StringBuilder decoded = new StringBuilder(raw.length());
        int from = 0;
        int ampersand = raw.indexOf('&');
        while (ampersand >= 0) {
            int semicolon = raw.indexOf(';', ampersand);
            int codePoint = semicolon < 0 ? -1 : simpleReference(raw, ampersand + 1, semicolon);
            if (codePoint < 0) {
                return Parser.unescapeEntities(raw, false);
            }
            decoded.append(raw, from, ampersand).appendCodePoint(codePoint);
            from = semicolon + 1;
            ampersand = raw.indexOf('&', from);
        }
        return decoded.append(raw, from, raw.length()).toString();
    }

    /** The code point of a reference between '&' and ';', or -1 if it is not one of the plain ones. */
    private static int simpleReference(String raw, int start, int end) {
        String name = raw.substring(start, end);
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            default:
                break;
        }
        if (name.length() < 2 || name.length() > 8 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        // Controls, the windows-1252 range and surrogates get the parser's special treatment.
        boolean plain = value == '\t' || value == '\n' || (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0xD800)
            || (value >= 0xE000 && value <= 0x10FFFF);
        return plain ? value : -1;
    }

    /** Jsoup keeps whitespace in text whose parent, or one of its five nearest ancestors, keeps it ({@code pre}). */
    private boolean preservesWhitespace() {
        for (int i = open.size() - 1, level = 0; i >= 0 && level < 6; i--, level++) {
            if (Tag.valueOf(open.get(i)).preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As Jsoup normalises a text node: runs of whitespace (and no-break spaces) become one space; invisible characters
     * go. Characters are copied a run at a time (no whitespace and no invisible character is a surrogate, so this is
     * Jsoup's code-point loop).
     */
    private void appendNormalisedWhitespace(String string) {
        boolean stripLeading = lastIsSpace();
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int run = -1;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160;
            if (!white && c != 8203 && c != 173) {
                if (run < 0) {
                    run = i;
                }
                continue;
            }
            if (run >= 0) {
                text.append(string, run, i);
                run = -1;
                lastWasWhite = false;
                reachedNonWhite = true;
            }
            if (white && !((stripLeading && !reachedNonWhite) || lastWasWhite)) {
                text.append(' ');
                lastWasWhite = true;
            }
        }
        if (run >= 0) {
            text.append(string, run, string.length());
        }
    }

    private void spaceUnlessLast() {
        if (!lastIsSpace()) {
            text.append(' ');
        }
    }

    private boolean lastIsSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    private String top() {
        return open.isEmpty() ? "" : open.get(open.size() - 1);
    }

    private void skipWhitespace() {
        while (at < html.length() && " \t\n\f".indexOf(html.charAt(at)) >= 0) {
            at++;
        }
    }

    private static boolean isAttributeNameCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /** Both sets in one (also the sanitizer's allow-list, built on this reader's). */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
