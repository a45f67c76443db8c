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
 * @param organizers who organized it besides the Centre, co-organized it, or cooperated
 */
public record Activity(int year, String slug, String title, LocalDate date, LocalDate startDate, LocalDate endDate,
                       String city, Country country, String programmeId, ActivityRole role, List<String> partnerIds,
                       Participants participants, List<Country> countries, List<String> themeIds,
                       EventStatus eventStatus, Organizers organizers, String bodyHtml, SourceRef source) {

    public Activity {
        partnerIds = List.copyOf(partnerIds);
        countries = List.copyOf(countries);
        themeIds = List.copyOf(themeIds);
    }

    /** Whether the Centre itself organized it (alone, jointly or as a co-organizer), not only supported or contributed. */
    public boolean organizedByTheCentre() {
        return role == ActivityRole.ORGANIZED || role == ActivityRole.JOINTLY_ORGANIZED || role == ActivityRole.CO_ORGANIZED;
    }

    public boolean scheduled() {
        return eventStatus == EventStatus.SCHEDULED;
    }
}
