package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.CountryParticipation;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.reference.Country;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The view of the statistics page: each chart's bars with the same figures as a table, and the map of the countries
 * that hosted or took part. Every figure covers every activity on the site, from the reporting period of the first to
 * that of the last, and says so.
 */
final class StatisticsViewBuilder {
    private final Catalog catalog;
    private final ViewParts parts;
    private final Month reportingStartMonth;
    private final CountryMapViewBuilder maps;

    StatisticsViewBuilder(Catalog catalog, ViewParts parts, Month reportingStartMonth, CountryMapViewBuilder maps) {
        this.catalog = catalog;
        this.parts = parts;
        this.reportingStartMonth = reportingStartMonth;
        this.maps = maps;
    }

    PageViews.StatisticsView statistics() {
        List<Activity> activities = catalog.activities();
        String period = period(activities);
        int ahead = (int) activities.stream().filter(Activity::scheduled).count();
        List<Country> hosts = activities.stream().map(Activity::country).distinct().sorted().toList();
        List<PageViews.Chart> charts = new ArrayList<>();
        charts.add(chart("participants-by-host", "Participants by host country", period, "Host country", "Participants",
            hosts.stream().map(country -> new Counted(parts.countryLink(country),
                catalog.activitiesHostedIn(country).stream().mapToLong(a -> a.participants().count()).sum())).toList(),
            roundSums(hosts), expectedSums(hosts), 0));
        charts.add(chart("activities-by-programme", "Activities by programme area", period, "Programme area", "Activities",
            catalog.programmes().stream().map(p -> new Counted(parts.programmeLink(p.id()), catalog.activitiesInProgramme(p.id()).size())).toList(),
            List.of(), List.of(), ahead));
        charts.add(chart("expert-countries", "Countries whose experts and participants took part", period, "Country", "Activities",
            CountryParticipation.of(activities).stream().filter(row -> row.joined() > 0)
                .map(row -> new Counted(parts.countryLink(row.country()), row.joined())).toList(),
            List.of(), List.of(), ahead));
        return new PageViews.StatisticsView(period, activities.size(), charts, maps.map("country-map", period, activities));
    }

    /** "December 2017 to November 2018": from the start of the first activity's reporting period to the end of the last's. */
    private String period(List<Activity> activities) {
        return activities.stream().map(Activity::startDate).min(Comparator.naturalOrder())
            .map(first -> ReportingPeriod.containing(first, reportingStartMonth).startLabel() + " to "
                + ReportingPeriod.latest(activities, reportingStartMonth).orElseThrow().endLabel())
            .orElse("");
    }

    /** The host countries whose sums add round figures ("about 800"), for the note beside the chart. */
    private List<String> roundSums(List<Country> hosts) {
        return hosts.stream().filter(country -> catalog.activitiesHostedIn(country).stream()
            .anyMatch(a -> a.participants().estimated())).map(Country::name).toList();
    }

    /** The host countries whose sums include participants expected at activities still ahead when the Centre reported. */
    private List<String> expectedSums(List<Country> hosts) {
        return hosts.stream().filter(country -> catalog.activitiesHostedIn(country).stream()
            .anyMatch(Activity::scheduled)).map(Country::name).toList();
    }

    private record Counted(Link label, long value) {
    }

    private static PageViews.Chart chart(String id, String title, String period, String labelHeading, String valueHeading,
                                         List<Counted> counted, List<String> roundSums, List<String> expectedSums, int ahead) {
        List<Counted> sorted = counted.stream().sorted(Comparator.comparingLong(Counted::value).reversed()
            .thenComparing(c -> c.label().label())).toList();
        List<PageViews.Bar> bars = BarChart.bars(sorted.stream().map(c -> new BarChart.Counted(c.label().label(), c.value())).toList());
        return new PageViews.Chart(id, title, period, bars, labelHeading, valueHeading,
            sorted.stream().map(c -> new Summaries.Row(c.label(), String.format(Locale.ROOT, "%,d", c.value()))).toList(),
            roundSums, expectedSums, ahead);
    }
}
