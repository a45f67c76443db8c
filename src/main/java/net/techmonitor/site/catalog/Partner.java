package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

/** A partner institution; {@code country} (none for an international organization) and {@code website} may be null. */
public record Partner(String id, String title, Country country, String website, String bodyHtml, SourceRef source) {
}
