package net.techmonitor.site.render.head;

/** One {@code <meta name=... content=...>} (or {@code property=} for Open Graph) of a page's head. */
public record MetaTag(String attribute, String name, String content) {

    public static MetaTag named(String name, String content) {
        return new MetaTag("name", name, content);
    }

    public static MetaTag ogProperty(String name, String content) {
        return new MetaTag("property", name, content);
    }
}
