package net.techmonitor.site.catalog;

/** A theme or focus area; its body is the theme's description. */
public record Theme(String id, String title, String bodyHtml, SourceRef source) {
}
