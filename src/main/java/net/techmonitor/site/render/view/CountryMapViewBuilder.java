package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.CountryParticipation;
import net.techmonitor.site.reference.RegionMap;

import java.util.List;
import java.util.Optional;

/**
 * The map of the countries that hosted or took part in a set of activities, and its table: both made from one list
 * of {@link CountryParticipation}, so each country's figures on the map are those of its row. The words drawn into
 * the SVG (its title, description, each country's figures) are worded here, as a chart's are.
 */
final class CountryMapViewBuilder {
    private static final String TITLE = "Countries that hosted or took part in the activities";

    private final ViewParts parts;
    private final RegionMap geometry;

    CountryMapViewBuilder(ViewParts parts, RegionMap geometry) {
        this.parts = parts;
        this.geometry = geometry;
    }

    /**
     * @param id     a page-unique id prefix
     * @param period the months the activities are of ("December 2017 to November 2018")
     * @return the map, or null when no activity is given
     */
    PageViews.CountryMap map(String id, String period, List<Activity> activities) {
        List<CountryParticipation> counted = CountryParticipation.of(activities);
        if (counted.isEmpty()) {
            return null;
        }
        List<RegionMapSvg.Figured> figured = counted.stream()
            .flatMap(row -> geometry.shape(row.country()).stream().map(shape -> new RegionMapSvg.Figured(shape,
                parts.countryLink(row.country()).url(), figures(row), MapShades.of(row.activities()).cssClass(), row.hosted() > 0)))
            .toList();
        String description = "Each country is shaded by the number of activities it hosted or whose experts or participants it sent, "
            + period + "; the countries that hosted one are outlined. Each is a link to its page. The same figures are in the table.";
        String svg = RegionMapSvg.svg(id, TITLE + ", " + period, description, geometry, figured);
        int largest = counted.stream().mapToInt(CountryParticipation::activities).max().orElse(0);
        int ahead = (int) activities.stream().filter(Activity::scheduled).count();
        return new PageViews.CountryMap(id, TITLE, period, svg, MapShades.upTo(largest), counted.stream().map(this::row).toList(),
            counted.stream().filter(row -> geometry.shape(row.country()).isEmpty()).map(this::row).toList(), ahead,
            Optional.ofNullable(geometry.credit()).orElse(""));
    }

    private PageViews.MapRow row(CountryParticipation row) {
        return new PageViews.MapRow(parts.countryLink(row.country()), row.hosted(), row.joined(), row.activities(), row.ahead());
    }

    /**
     * "India: 10 activities (hosted 4; its experts or participants took part in 8; 1 of them still ahead when the Centre
     * reported)": the name of the country's link, and what a pointer shows.
     */
    static String figures(CountryParticipation row) {
        StringBuilder text = new StringBuilder(row.country().name()).append(": ").append(activities(row.activities()))
            .append(" (hosted ").append(row.hosted() == 0 ? "none" : String.valueOf(row.hosted()))
            .append("; its experts or participants took part in ").append(row.joined() == 0 ? "none" : String.valueOf(row.joined()));
        if (row.ahead() > 0) {
            text.append("; ").append(row.activities() == 1 ? "it was" : row.ahead() + " of them").append(" still ahead when the Centre reported");
        }
        return text.append(")").toString();
    }

    private static String activities(int count) {
        return count + (count == 1 ? " activity" : " activities");
    }
}
