package net.techmonitor.site.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One issue of the Asia-Pacific Tech Monitor.
 *
 * @param title            the issue's special theme
 * @param period           the cover period as printed ("July–September 2018")
 * @param introductionHtml the editorial introduction, converted
 */
public record Issue(IssueId id, String title, LocalDate date, String period, List<String> themeIds,
                    IssueStatus status, Integer volume, Integer number, String introductionHtml, SourceRef source) {

    public Issue {
        themeIds = List.copyOf(themeIds);
    }

    public boolean inPress() {
        return status == IssueStatus.IN_PRESS;
    }
}
