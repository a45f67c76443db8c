package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;

/** A plain page (about, decisions, ...); {@code countries} (optional) links it from those countries' pages. */
public record Page(String slug, String title, List<Country> countries, String bodyHtml, SourceRef source) {

    public Page {
        countries = List.copyOf(countries);
    }
}
