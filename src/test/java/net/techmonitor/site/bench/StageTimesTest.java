package net.techmonitor.site.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's reading of a build's stage lines: the rows add up to the measured wall time, events during a stage
 * are listed and not counted, and the growth column compares each stage with the allowed ratio.
 */
class StageTimesTest {
    /** As StageTimer prints a stage's end. */
    private static String stage(String name, long millis, long at) {
        return String.format(Locale.ROOT, "timing: %-28s %6d ms (at %6d ms)", name, millis, at);
    }

    /** As StageTimer prints an event. */
    private static String event(String name, long at) {
        return String.format(Locale.ROOT, "timing: %-28s           (at %6d ms)", name, at);
    }

    private static MeasuredProcess.Result build(long wall, String... lines) {
        return new MeasuredProcess.Result(wall, 1, 0, 0, String.join("\n", lines) + "\n");
    }

    /** The table's rows after its heading, by their first cell, each as its other cells. */
    private static Map<String, List<String>> rows(List<String> table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    private static final MeasuredProcess.Result SMALL = build(1000,
        event("command line read", 60),
        event("settings read", 100),
        "Building site ...",
        stage("start", 80, 150),
        event("asciidoctor started", 300),
        stage("crawl + convert", 450, 600),
        "  crawl: 40 content files read",
        stage("render pages", 200, 800),
        stage("check links", 0, 800),
        event("build recorded", 850),
        "Built 80 pages, 0 problems, in 0.8 s");

    @Test
    void rowsAreTheTimeFromTheLineBeforeAndAddUpToTheWallTime() {
        List<String> table = StageTimes.table(List.of(new StageTimes.Column("small", StageTimes.of(SMALL))), null);

        Map<String, List<String>> rows = rows(table);
        assertEquals(List.of("command line read", "settings read", "start", "crawl + convert", "render pages", "check links",
            "build recorded", StageTimes.LAUNCHER, "total (the measured wall time)"), List.copyOf(rows.keySet()));
        assertEquals(List.of("60 ms"), rows.get("command line read"));
        assertEquals(List.of("50 ms"), rows.get("start"), "from the event before it, not from the timer's own start");
        assertEquals(List.of("450 ms"), rows.get("crawl + convert"), "an event during it does not split it");
        assertEquals(List.of("50 ms"), rows.get("build recorded"));
        assertEquals(List.of("150 ms"), rows.get(StageTimes.LAUNCHER));
        assertEquals(List.of("1000 ms"), rows.get("total (the measured wall time)"));
        assertEquals(List.of("During stages, small: asciidoctor started at 300 ms (in crawl + convert)"),
            StageTimes.events(List.of(new StageTimes.Column("small", StageTimes.of(SMALL)))));
    }

    @Test
    void growthIsEachStagesRatioAgainstTheAllowedOne() {
        MeasuredProcess.Result large = build(7000,
            event("command line read", 60),
            event("settings read", 300),
            stage("start", 100, 400),
            stage("crawl + convert", 3400, 3800),
            stage("render pages", 2500, 6300),
            stage("check links", 30, 6330),
            event("build recorded", 6800));
        List<String> table = StageTimes.table(List.of(new StageTimes.Column("small", StageTimes.of(SMALL)),
            new StageTimes.Column("large", StageTimes.of(large))), new StageTimes.Growth(0, 1, 10, 1.1));

        Map<String, List<String>> rows = rows(table);
        assertEquals(List.of("200 ms", "2500 ms", "12.50", "no"), rows.get("render pages"));
        assertEquals(List.of("450 ms", "3400 ms", "7.56", "yes"), rows.get("crawl + convert"));
        assertEquals(List.of("0 ms", "30 ms", "–", "n/a"), rows.get("check links"), "no ratio to nothing");
        assertEquals(List.of("1000 ms", "7000 ms", "7.00", "yes"), rows.get("total (the measured wall time)"));
    }

    @Test
    void aBuildWithoutStageLinesHasNone() {
        StageTimes times = StageTimes.of(build(500, "Building site ...", "Built 3 pages, 0 problems, in 0.4 s"));

        assertTrue(times.isEmpty());
    }
}
