package net.techmonitor.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deliberately separate, simple reading of the activity notes, so tests can compute the figures a page
 * should show without using the generator's own code.
 */
record ActivityNotes(List<Note> notes) {

    /**
     * @param countries what {@code :countries:} names, as written
     * @param scheduled whether it was still ahead when reported ({@code :event-status: scheduled})
     */
    record Note(LocalDate start, String country, List<String> partners, int participants, List<String> countries, boolean scheduled) {
    }

    static ActivityNotes read(Path content) {
        List<Note> notes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content.resolve("activities"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String text = Files.readString(file);
                if (!attribute(text, "jbake-status").orElse("").equals("published")) {
                    continue;
                }
                Matcher number = Pattern.compile("(\\d+)").matcher(attribute(text, "participants").orElseThrow());
                number.find();
                notes.add(new Note(LocalDate.parse(attribute(text, "start-date").orElseThrow()), attribute(text, "country").orElseThrow(),
                    attribute(text, "partners").map(list -> Arrays.stream(list.split(",")).map(String::strip).toList()).orElse(List.of()),
                    Integer.parseInt(number.group(1)),
                    attribute(text, "countries").map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList())
                        .orElse(List.of()),
                    attribute(text, "event-status").orElse("").equals("scheduled")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ActivityNotes(notes);
    }

    private static Optional<String> attribute(String text, String name) {
        Matcher matcher = Pattern.compile("(?m)^:" + Pattern.quote(name) + ":[ \\t]*(.*)$").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** Ids of the partners whose files say the report of {@code year} lists them ({@code :listed-in-reports:}). */
    static java.util.Set<String> partnersListedIn(Path content, int year) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.list(content.resolve("partners"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                if (attribute(Files.readString(file), "listed-in-reports").map(years -> List.of(years.split("\\s*,\\s*")).contains(String.valueOf(year)))
                    .orElse(false)) {
                    ids.add(file.getFileName().toString().replace(".adoc", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The partners of a period: named by its notes, or listed in its report. */
    static long partnersOf(Path content, List<Note> period, int reportYear) {
        java.util.Set<String> ids = new java.util.TreeSet<>(partnersListedIn(content, reportYear));
        period.forEach(note -> ids.addAll(note.partners()));
        return ids.size();
    }

    /** The year the latest December-to-November period ends in (its report's year). */
    int latestPeriodEndYear() {
        LocalDate latest = notes.stream().map(Note::start).max(Comparator.naturalOrder()).orElseThrow();
        return latest.getMonthValue() == 12 ? latest.getYear() + 1 : latest.getYear();
    }

    /** The notes of the December-to-November period that holds the latest activity. */
    List<Note> latestPeriod() {
        LocalDate periodStart = LocalDate.of(latestPeriodEndYear() - 1, 12, 1);
        LocalDate periodEnd = periodStart.plusYears(1).minusDays(1);
        return notes.stream().filter(n -> !n.start().isBefore(periodStart) && !n.start().isAfter(periodEnd)).toList();
    }
}
