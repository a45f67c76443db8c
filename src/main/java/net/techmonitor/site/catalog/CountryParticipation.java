package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a country took part in a set of activities: it hosted them ({@code :country:}) or its experts or participants
 * took part ({@code :countries:}). The one place these are counted for the statistics page's chart of countries, the
 * region map and the table beside it, so the map's figures are the table's by construction.
 *
 * @param hosted     the activities it hosted
 * @param joined     the activities its experts or participants took part in
 * @param activities the activities it hosted or took part in, each counted once
 * @param ahead      how many of those were still ahead when the Centre reported (counted with what they expected)
 */
public record CountryParticipation(Country country, int hosted, int joined, int activities, int ahead) {

    /** Every country that hosted or took part in any of the activities, most activities first, then by name. */
    public static List<CountryParticipation> of(List<Activity> all) {
        Map<Country, int[]> counts = new TreeMap<>();
        for (Activity activity : all) {
            for (Country country : involved(activity)) {
                int[] count = counts.computeIfAbsent(country, c -> new int[4]);
                count[0] += activity.country().equals(country) ? 1 : 0;
                count[1] += activity.countries().contains(country) ? 1 : 0;
                count[2]++;
                count[3] += activity.scheduled() ? 1 : 0;
            }
        }
        List<CountryParticipation> rows = new ArrayList<>();
        counts.forEach((country, count) -> rows.add(new CountryParticipation(country, count[0], count[1], count[2], count[3])));
        rows.sort(Comparator.comparingInt(CountryParticipation::activities).reversed().thenComparing(CountryParticipation::country));
        return List.copyOf(rows);
    }

    /** The host and the countries taking part, each once: a host may name itself among them. */
    private static List<Country> involved(Activity activity) {
        List<Country> countries = new ArrayList<>(List.of(activity.country()));
        activity.countries().stream().filter(country -> !country.equals(activity.country())).forEach(countries::add);
        return countries.stream().distinct().toList();
    }
}
