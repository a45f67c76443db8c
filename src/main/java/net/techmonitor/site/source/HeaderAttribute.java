package net.techmonitor.site.source;

/** One {@code :name: value} entry of an AsciiDoc document header, with the line it is on (1-based). */
public record HeaderAttribute(String name, String value, int line) {
}
