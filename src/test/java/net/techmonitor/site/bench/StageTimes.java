package net.techmonitor.site.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage times a build prints to standard error with {@code TECHMONITOR_TIMINGS=1} ({@code StageTimer}), read
 * back from its output as the build's timeline, and a table of several builds' timelines side by side.
 *
 * <p>A build prints two kinds of line: a stage's end with its time ({@code timing: catalog 40 ms (at 3847 ms)}), and
 * an event with only its moment ({@code timing: settings read (at 234 ms)}); both give the time since the build's JVM
 * started. Events before the first stage and after the last are the command's own steps on its main thread (settings
 * read, inputs hashed, build recorded) and are rows; events between two stages happen during the later one, often on
 * another thread (Asciidoctor started), and are listed, not counted. Each row is the time from the line before to its
 * own (the first from the build JVM's start), and a last row is the rest of the measured wall time, the launching JVM
 * around the build's: the rows add up to the wall time, and no stage's name is known here, so a stage the build adds
 * or renames shows up as it is.</p>
 */
final class StageTimes {
    /** The environment that makes a build print its stage times. */
    static final Map<String, String> ENVIRONMENT = Map.of("TECHMONITOR_TIMINGS", "1");
    static final String LAUNCHER = "rest of the wall time (the launching JVM, before and after the build's)";
    private static final String TOTAL = "total (the measured wall time)";
    private static final Pattern LINE = Pattern.compile("^timing: (.+?)\\s+(?:(\\d+) ms\\s+)?\\(at\\s+(\\d+) ms\\)\\s*$");

    /** One row: a stage or a step, and the milliseconds since the line before it. */
    record Stage(String name, long millis) {
    }

    /** Something that happened during a stage, when (since the build JVM's start), and during which stage. */
    record Event(String name, long at, String during) {
    }

    /** One column of a table: whose stages. */
    record Column(String heading, StageTimes times) {
    }

    /**
     * Two columns compared: how many times the larger's time per stage is the smaller's, against the ratio of their
     * articles times {@code allowance} (issue 22: at most 1.1 times the article ratio, 11 for ten times the articles).
     */
    record Growth(int smaller, int larger, double articleRatio, double allowance) {
        double limit() {
            return articleRatio * allowance;
        }
    }

    private final Map<String, Long> stages;
    private final List<Event> events;

    private StageTimes(Map<String, Long> stages, List<Event> events) {
        this.stages = stages;
        this.events = events;
    }

    /** The stages of one build run with {@link #ENVIRONMENT}, from its output and its measured wall time. */
    static StageTimes of(MeasuredProcess.Result result) {
        record Line(String name, boolean stage, long at) {
        }
        List<Line> lines = new ArrayList<>();
        for (String text : result.output().lines().toList()) {
            Matcher matcher = LINE.matcher(text);
            if (matcher.matches()) {
                lines.add(new Line(matcher.group(1).strip(), matcher.group(2) != null, Long.parseLong(matcher.group(3))));
            }
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stage()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        List<Event> during = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.stage() && i > first && i < last) {
                pending.add(line);
                continue;
            }
            for (Line event : pending) {
                during.add(new Event(event.name(), event.at(), line.name()));
            }
            pending.clear();
            // A name printed twice (a stage run again) is one row: its time is where the name's work went.
            stages.merge(line.name(), line.at() - previous, Long::sum);
            previous = line.at();
        }
        if (!stages.isEmpty()) {
            stages.put(LAUNCHER, result.millis() - previous);
        }
        return new StageTimes(stages, during);
    }

    boolean isEmpty() {
        return stages.isEmpty();
    }

    /** The table's lines: a row per stage of any column, in the order the builds print them, and the total. */
    static List<String> table(List<Column> columns, Growth growth) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(column -> names.addAll(column.times().stages.keySet()));
        List<String> lines = new ArrayList<>();
        StringBuilder heading = new StringBuilder("| stage |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Column column : columns) {
            heading.append(' ').append(column.heading()).append(" |");
            rule.append("---|");
        }
        if (growth != null) {
            heading.append(String.format(Locale.ROOT, " %s / %s | at most %.1f (%.1f × %.1f times the articles)? |",
                columns.get(growth.larger()).heading(), columns.get(growth.smaller()).heading(), growth.limit(),
                growth.allowance(), growth.articleRatio()));
            rule.append("---|---|");
        }
        lines.add(heading.toString());
        lines.add(rule.toString());
        for (String name : names) {
            lines.add(row(name, columns, growth, times -> times.stages.get(name)));
        }
        lines.add(row(TOTAL, columns, growth, times -> times.isEmpty() ? null
            : times.stages.values().stream().mapToLong(Long::longValue).sum()));
        return lines;
    }

    /** The events during stages, a line per column that has any. */
    static List<String> events(List<Column> columns) {
        List<String> lines = new ArrayList<>();
        for (Column column : columns) {
            if (!column.times().events.isEmpty()) {
                lines.add("During stages, " + column.heading() + ": " + String.join(", ", column.times().events.stream()
                    .map(event -> String.format(Locale.ROOT, "%s at %d ms (in %s)", event.name(), event.at(), event.during())).toList()));
            }
        }
        return lines;
    }

    private static String row(String name, List<Column> columns, Growth growth, java.util.function.Function<StageTimes, Long> millis) {
        StringBuilder row = new StringBuilder("| ").append(name).append(" |");
        for (Column column : columns) {
            Long value = millis.apply(column.times());
            row.append(' ').append(value == null ? "–" : value + " ms").append(" |");
        }
        if (growth != null) {
            Long smaller = millis.apply(columns.get(growth.smaller()).times());
            Long larger = millis.apply(columns.get(growth.larger()).times());
            if (smaller == null || larger == null || smaller <= 0) {
                // No ratio to a stage that took no measurable time (or is missing at one size).
                row.append(" – | n/a |");
            } else {
                double ratio = (double) larger / smaller;
                row.append(String.format(Locale.ROOT, " %.2f | %s |", ratio, ratio <= growth.limit() ? "yes" : "no"));
            }
        }
        return row.toString();
    }
}
