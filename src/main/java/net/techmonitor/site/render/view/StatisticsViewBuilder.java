package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.reference.Country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The view of the statistics page: each chart drawn as SVG, with the same figures as a table. A chart's title and
 * description are worded here because they are drawn into the SVG (its {@code <title>} and {@code <desc>}).
 */
final class StatisticsViewBuilder {
    private final Catalog catalog;
    private final ViewParts parts;

    StatisticsViewBuilder(Catalog catalog, ViewParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    PageViews.StatisticsView statistics() {
        List<Country> hosts = catalog.activities().stream().map(Activity::country).distinct().sorted().toList();
        List<PageViews.Chart> charts = new ArrayList<>();
        charts.add(chart("participants-by-host", "Participants by host country",
            "Participants of the Centre's activities, summed by the country that hosted them", "Host country", "Participants",
            hosts.stream().map(country -> new Counted(parts.countryLink(country),
                catalog.activitiesHostedIn(country).stream().mapToLong(a -> a.participants().count()).sum())).toList())
            .withSums(roundSums(hosts), expectedSums(hosts)));
        charts.add(chart("activities-by-programme", "Activities by programme area",
            "Number of the Centre's activities in each programme area", "Programme area", "Activities",
            catalog.programmes().stream().map(p -> new Counted(parts.programmeLink(p.id()), catalog.activitiesInProgramme(p.id()).size())).toList()));
        charts.add(chart("expert-countries", "Countries whose experts and participants took part",
            "Number of activities each country's experts or participants took part in", "Country", "Activities",
            catalog.countriesNamed().stream().map(country -> new Counted(parts.countryLink(country), catalog.activitiesJoinedBy(country).size()))
                .filter(counted -> counted.value() > 0).toList()));
        return new PageViews.StatisticsView(charts);
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

    private static PageViews.Chart chart(String id, String title, String description, String labelHeading, String valueHeading,
                                         List<Counted> counted) {
        List<Counted> sorted = counted.stream().sorted(Comparator.comparingLong(Counted::value).reversed()
            .thenComparing(c -> c.label().label())).toList();
        String svg = BarChart.svg(id, title, description + ", largest first.",
            sorted.stream().map(c -> new BarChart.Bar(c.label().label(), c.value())).toList());
        return new PageViews.Chart(id, title, svg, labelHeading, valueHeading,
            sorted.stream().map(c -> new Summaries.Row(c.label(), String.format(Locale.ROOT, "%,d", c.value()))).toList(), List.of(), List.of());
    }
}
