package net.techmonitor.site;

import net.techmonitor.site.reference.CountryDirectory;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a page's region map and the table beside it apart, as a reader would: each country of the map by its link's
 * name and title, each row of the table by its cells; and counts the same figures from the activity notes, without the
 * generator's code. Tests compare the three.
 */
final class MapReading {
    private static final Pattern NAME = Pattern.compile("(.+): (\\d+) activit(?:y|ies) \\(hosted (none|\\d+); "
        + "its experts or participants took part in (none|\\d+)(?:; (it was|(\\d+) of them) still ahead when the Centre reported)?\\)");

    private MapReading() {
    }

    /** One country's figures: hosted, taken part in by its experts or participants, both (each once), still ahead. */
    record Figures(int hosted, int joined, int activities, int ahead) {
    }

    /** The figures each country of the map is named with, by country name; the link's title must say the same. */
    static Map<String, Figures> map(Element figure) {
        Map<String, Figures> drawn = new TreeMap<>();
        for (Element link : figure.select("svg.region-map a[href]")) {
            String name = link.attr("aria-label");
            Element title = link.selectFirst("> title");
            assertNotNull(title, "every country with figures has a title: " + name);
            assertEquals(name, title.text());
            Matcher matcher = NAME.matcher(name);
            assertTrue(matcher.matches(), "a country's name says its figures: " + name);
            int activities = Integer.parseInt(matcher.group(2));
            int ahead = matcher.group(5) == null ? 0 : matcher.group(6) == null ? activities : Integer.parseInt(matcher.group(6));
            drawn.put(matcher.group(1), new Figures(number(matcher.group(3)), number(matcher.group(4)), activities, ahead));
            assertTrue(link.select("path.map-country, circle.map-country").size() >= 1, "every country with figures is drawn: " + name);
        }
        return drawn;
    }

    /** The table after the map's figure, by country name; without a column of activities still ahead, none were. */
    static Map<String, Figures> table(Element figure) {
        Element table = figure.nextElementSibling().selectFirst("table.map-table");
        assertNotNull(table, "the table comes right after the map");
        boolean aheadColumn = table.select("thead th").size() == 5;
        Map<String, Figures> rows = new TreeMap<>();
        for (Element row : table.select("tbody tr")) {
            List<Integer> cells = row.select("td").eachText().stream().map(Integer::parseInt).toList();
            rows.put(row.selectFirst("th").text(), new Figures(cells.get(0), cells.get(1), cells.get(2), aheadColumn ? cells.get(3) : 0));
        }
        return rows;
    }

    /** The figures the activity notes give: hosts by {@code :country:}, taking part by {@code :countries:}, by the Centre's names. */
    static Map<String, Figures> counted(List<ActivityNotes.Note> notes) {
        CountryDirectory countries = CountryDirectory.load();
        Map<String, int[]> counts = new TreeMap<>();
        for (ActivityNotes.Note note : notes) {
            String host = countries.resolve(note.country()).orElseThrow().name();
            List<String> joined = note.countries().stream().map(c -> countries.resolve(c).orElseThrow().name()).distinct().toList();
            java.util.Set<String> involved = new java.util.TreeSet<>(joined);
            involved.add(host);
            for (String country : involved) {
                int[] count = counts.computeIfAbsent(country, c -> new int[4]);
                count[0] += country.equals(host) ? 1 : 0;
                count[1] += joined.contains(country) ? 1 : 0;
                count[2]++;
                count[3] += note.scheduled() ? 1 : 0;
            }
        }
        Map<String, Figures> figures = new TreeMap<>();
        counts.forEach((country, count) -> figures.put(country, new Figures(count[0], count[1], count[2], count[3])));
        return figures;
    }

    private static int number(String written) {
        return written.equals("none") ? 0 : Integer.parseInt(written);
    }
}
