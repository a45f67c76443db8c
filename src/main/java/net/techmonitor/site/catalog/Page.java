package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;
import java.util.Optional;

/**
 * A plain page (about, decisions, ...); {@code countries} (optional) links it from those countries' pages.
 *
 * @param reportSection the section of the Centre's report the page gives ({@code :report-section:}), or null
 * @param reportList    the list the report shows below the page's text ({@code :report-list:}), or null
 */
public record Page(String slug, String title, List<Country> countries, ReportSection reportSection, ReportList reportList,
                   String bodyHtml, SourceRef source) {

    public Page {
        countries = List.copyOf(countries);
    }

    public Optional<ReportSection> section() {
        return Optional.ofNullable(reportSection);
    }

    public Optional<ReportList> list() {
        return Optional.ofNullable(reportList);
    }
}
