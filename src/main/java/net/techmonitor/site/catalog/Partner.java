package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.List;

/**
 * A partner institution; {@code country} (none for an international organization) and {@code website} may be null.
 *
 * @param listedInReports years whose reporting period (ending in that year) lists the institution among the
 *                        Centre's partners, as the report's annex does ({@code :listed-in-reports: 2018})
 */
public record Partner(String id, String title, Country country, String website, List<Integer> listedInReports,
                      String bodyHtml, SourceRef source) {

    public Partner {
        listedInReports = List.copyOf(listedInReports);
    }
}
