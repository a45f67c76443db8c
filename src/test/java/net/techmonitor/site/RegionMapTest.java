package net.techmonitor.site;

import net.techmonitor.site.reference.CountryDirectory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The region map of the statistics and report pages, on the map fixture (two reporting periods, small states, a
 * country outside the map's area, an activity still ahead) built under a base path: each country's figures on the map
 * are its row of the table beside it, and both are what the activity notes give. The real site's map is held to the
 * same in {@link RealSiteTest}.
 */
class RegionMapTest {
    @TempDir
    static Path temp;
    static TestSites.Run run;
    static Path content;

    @BeforeAll
    static void build() {
        Path site = TestSites.fixture("map", temp);
        content = site.resolve("content");
        run = TestSites.build(site, temp.resolve("out"), "--base-path", "/monitor/");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Element mapFigure(String page) {
        Element figure = run.page(page).selectFirst("figure.map-figure");
        assertNotNull(figure, page + " has the map");
        return figure;
    }

    @Test
    void theStatisticsMapsFiguresAreTheTablesAndTheNotes() {
        Element figure = mapFigure("statistics/");
        Map<String, MapReading.Figures> table = MapReading.table(figure);
        assertEquals(MapReading.counted(ActivityNotes.read(content).notes()), table);
        Map<String, MapReading.Figures> onMap = new TreeMap<>(table);
        onMap.remove("Chile");
        assertEquals(onMap, MapReading.map(figure));
        assertEquals(new MapReading.Figures(2, 1, 3, 0), table.get("Thailand"), "hosted twice, took part once");
        assertEquals(new MapReading.Figures(1, 1, 1, 1), table.get("India"), "a host among its own countries counts once");
    }

    @Test
    void theReportsMapHoldsTheReportPeriodsActivitiesOnly() {
        Element figure = mapFigure("report/");
        LocalDate start = LocalDate.parse("2019-12-01");
        LocalDate end = LocalDate.parse("2020-11-30");
        List<ActivityNotes.Note> period = ActivityNotes.read(content).notes().stream()
            .filter(note -> !note.start().isBefore(start) && !note.start().isAfter(end)).toList();
        assertEquals(2, period.size());
        Map<String, MapReading.Figures> table = MapReading.table(figure);
        assertEquals(MapReading.counted(period), table);
        assertEquals(table, MapReading.map(figure));
        assertTrue(figure.selectFirst("figcaption").text().contains("December 2019 to November 2020"), figure.text());
    }

    @Test
    void aCountryOutsideTheMapsAreaIsNamedBesideItAndKeptInTheTable() {
        Element figure = mapFigure("statistics/");
        assertTrue(figure.select("svg a[href$=/countries/chile/]").isEmpty());
        Element outside = figure.select("figcaption p").stream().filter(p -> p.text().startsWith("Outside the map's area")).findFirst().orElseThrow();
        assertEquals("/monitor/countries/chile/", outside.selectFirst("a").attr("href"));
        assertTrue(outside.text().contains("Chile (1)"), outside.text());
    }

    @Test
    void countriesWithoutFiguresAreDrawnPlainAndAreNoLinks() {
        Element svg = mapFigure("statistics/").selectFirst("svg.region-map");
        assertEquals(1, svg.select("path.map-land").size(), "the plain countries are one shape");
        assertEquals(8, svg.select("a").size(), "a link for each country with figures on the map, and no other");
        assertTrue(svg.select("path.map-land").first().parents().stream().noneMatch(parent -> parent.tagName().equals("a")));
    }

    @Test
    void eachCountryLinksToItsPageUnderTheBasePath() {
        for (String page : List.of("statistics/", "report/")) {
            for (Element link : mapFigure(page).select("svg a[href]")) {
                String href = link.attr("href");
                assertTrue(href.startsWith("/monitor/countries/"), href);
                assertTrue(Files.isRegularFile(run.output().resolve(href.substring("/monitor/".length()) + "index.html")), href);
            }
        }
    }

    /** Shades by doubling classes (1, 2, 3–4, 5–8, 9 or more); the legend goes as far as the largest count, no further. */
    @Test
    void eachCountryIsShadedByItsCountAndTheLegendStopsAtTheLargest() {
        Element figure = mapFigure("statistics/");
        Map<String, MapReading.Figures> table = MapReading.table(figure);
        for (Element link : figure.select("svg a[href]")) {
            String name = link.attr("aria-label").substring(0, link.attr("aria-label").indexOf(':'));
            int count = table.get(name).activities();
            String expected = count == 1 ? "map-n1" : count == 2 ? "map-n2" : count <= 4 ? "map-n3" : count <= 8 ? "map-n4" : "map-n5";
            assertTrue(link.selectFirst(".map-country").hasClass(expected), name + " with " + count + ": " + link.selectFirst(".map-country").className());
            assertEquals(table.get(name).hosted() > 0, link.selectFirst(".map-country").hasClass("map-host"), name + " is outlined if it hosted");
        }
        assertEquals(List.of("1 activity", "2 activities", "3–4 activities", "outlined: hosted at least one"),
            figure.select(".map-legend li").eachText());
        assertEquals(List.of("map-swatch map-n1", "map-swatch map-n2", "map-swatch map-n3", "map-swatch map-host"),
            figure.select(".map-legend .map-swatch").eachAttr("class"));
    }

    @Test
    void smallStatesAreMarkedSoTheyCanBeSeenAndFollowed() {
        Element svg = mapFigure("statistics/").selectFirst("svg.region-map");
        for (String slug : List.of("singapore", "tuvalu", "macao-china", "fiji")) {
            Element link = svg.selectFirst("a[href=/monitor/countries/" + slug + "/]");
            assertNotNull(link, slug);
            assertNotNull(link.selectFirst("circle.map-marker"), slug + " has a marker");
        }
        assertTrue(svg.selectFirst("a[href=/monitor/countries/japan/]").select("circle").isEmpty(), "a country large enough has none");
    }

    /** Every chart and figure says the months it covers, and where its counts hold round figures or activities still ahead. */
    @Test
    void everyFigureSaysItsPeriodAndWhatItsCountsHold() {
        Document statistics = run.page("statistics/");
        String period = "December 2018 to November 2020";
        assertTrue(statistics.selectFirst(".lead").text().contains("all 4 activities on the site, " + period), statistics.selectFirst(".lead").text());
        for (Element caption : statistics.select("figcaption")) {
            assertTrue(caption.text().contains(period), caption.text());
        }
        for (Element caption : statistics.select("table caption")) {
            assertTrue(caption.text().endsWith(period), caption.text());
        }
        String participants = statistics.selectFirst("#participants-by-host-heading ~ figure figcaption").text();
        assertTrue(participants.contains("the sums for Thailand add round figures"), participants);
        assertTrue(participants.contains("those for India include participants expected"), participants);
        for (String chart : List.of("activities-by-programme", "expert-countries")) {
            String caption = statistics.selectFirst("#" + chart + "-heading ~ figure figcaption").text();
            assertTrue(caption.contains("The counts include an activity still ahead when the Centre reported"), caption);
        }
        assertTrue(mapFigure("statistics/").selectFirst("figcaption").text().contains("The counts include an activity still ahead"));
    }

    /** The bars' labels and figures are page text, each chart's the same as its table's rows, in order. */
    @Test
    void eachBarChartsTextIsItsTablesRows() {
        Document statistics = run.page("statistics/");
        List<Element> sections = statistics.select("section:has(ol.bar-chart)");
        assertEquals(3, sections.size());
        for (Element section : sections) {
            List<String> bars = section.select("ol.bar-chart li").stream()
                .map(li -> li.selectFirst(".bar-label").text() + " " + li.selectFirst(".bar-value").text()).toList();
            List<String> rows = section.select("tbody tr").stream().map(tr -> tr.selectFirst("th").text() + " " + tr.selectFirst("td").text()).toList();
            assertEquals(rows, bars);
            assertTrue(section.select("ol.bar-chart text").isEmpty(), "no text drawn into the bars' SVG");
            for (Element svg : section.select("ol.bar-chart svg")) {
                assertEquals("true", svg.attr("aria-hidden"));
            }
        }
        // The longest bar is full length, the others in proportion: Thailand's 340 participants against India's 25.
        Element participants = sections.get(0);
        assertEquals(List.of("100", "7.4", "3.5"), participants.select("ol.bar-chart rect").eachAttr("width"));
    }

    @Test
    void aSiteWithoutActivitiesHasNoMapAndSaysSo() {
        TestSites.Run none = TestSites.build(TestSites.fixture("technology", temp.resolve("none")), temp.resolve("none-out"));
        assertEquals(0, none.exitCode(), none.err());
        Document statistics = none.page("statistics/");
        assertTrue(statistics.select("svg.region-map").isEmpty());
        assertTrue(statistics.selectFirst(".lead").text().endsWith("there are no activities on the site yet."), statistics.selectFirst(".lead").text());
    }

    /** The map's shapes name countries the generator knows, and the committed file stays small. */
    @Test
    void theMapsReferenceDataIsSmallAndKeyedByTheCountryDirectorysCodes() throws Exception {
        Path file = TestSites.repository().resolve("src/main/resources/net/techmonitor/site/reference/asia-pacific-map.json");
        assertTrue(Files.size(file) < 150_000, "map data: " + Files.size(file) + " bytes");
        com.fasterxml.jackson.databind.JsonNode map = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        Set<String> codes = new TreeSet<>();
        map.get("countries").forEach(shape -> codes.add(shape.get("code").asText()));
        Set<String> known = new TreeSet<>();
        CountryDirectory.load().all().forEach(country -> known.add(country.alpha3()));
        assertTrue(known.containsAll(codes), "unknown codes: " + codes.stream().filter(code -> !known.contains(code)).toList());
        assertEquals(map.get("countries").size(), codes.size(), "one shape per country");
        assertTrue(codes.containsAll(List.of("THA", "IND", "CHN", "RUS", "AUS", "NZL", "FJI", "TUV", "KIR", "TUR", "IRN", "MAC", "HKG")), codes.toString());
        assertFalse(codes.contains("CHL"), "Chile is outside the map's area");
    }
}
