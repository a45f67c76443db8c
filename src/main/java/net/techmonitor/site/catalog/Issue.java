package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import java.time.LocalDate;
import java.util.List;

/**
 * One issue of the Asia-Pacific Tech Monitor.
 *
 * @param title            the issue's special theme
 * @param period           the cover period as printed ("July–September 2018")
 * @param date             orders the issues ({@code :jbake-date:}); not a publication date
 * @param publishedDate    when the issue was published ({@code :published-date:}), or null where no source gives it
 * @param volume           its volume ({@code :volume:}), or null
 * @param number           its number in the volume ({@code :number:}), or null
 * @param cover            its cover image ({@code :cover:}), or null
 * @param introductionHtml the editorial introduction, converted
 */
public record Issue(IssueId id, String title, LocalDate date, LocalDate publishedDate, String period, List<String> themeIds,
                    IssueStatus status, Integer volume, Integer number, Cover cover, String introductionHtml, SourceRef source) {

    public Issue {
        themeIds = List.copyOf(themeIds);
    }

    /** "Vol. 35, No. 3", "Vol. 35", "No. 3", or "" when neither is set. */
    public String volumeAndNumber() {
        String volumeLabel = volume == null ? "" : "Vol. " + volume;
        String numberLabel = number == null ? "" : "No. " + number;
        return volumeLabel + (volume != null && number != null ? ", " : "") + numberLabel;
    }

    public boolean inPress() {
        return status == IssueStatus.IN_PRESS;
    }
}
