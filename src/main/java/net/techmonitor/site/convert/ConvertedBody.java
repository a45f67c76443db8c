package net.techmonitor.site.convert;

/** The HTML of a document's body, as Asciidoctor produced it and with local references made site-absolute. */
public record ConvertedBody(String html) {
}
