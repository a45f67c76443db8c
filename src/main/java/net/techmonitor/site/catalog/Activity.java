package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.time.LocalDate;
import java.util.List;

/**
 * A capacity-building activity of the Centre.
 *
 * @param year      the year folder it is in ({@code activities/<year>/})
 * @param country   where it took place
 * @param countries whose experts or participants took part
 */
public record Activity(int year, String slug, String title, LocalDate date, LocalDate startDate, LocalDate endDate,
                       String city, Country country, String programmeId, ActivityRole role, List<String> partnerIds,
                       Participants participants, List<Country> countries, List<String> themeIds,
                       EventStatus eventStatus, String bodyHtml, SourceRef source) {

    public Activity {
        partnerIds = List.copyOf(partnerIds);
        countries = List.copyOf(countries);
        themeIds = List.copyOf(themeIds);
    }

    public boolean scheduled() {
        return eventStatus == EventStatus.SCHEDULED;
    }
}
