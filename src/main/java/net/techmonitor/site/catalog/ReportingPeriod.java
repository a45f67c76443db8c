package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reporting period of the Centre: twelve months from a start month (December, for the Governing Council's
 * cycle: "December 2017 to November 2018").
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    /** The period of twelve months starting in {@code startMonth} that contains {@code day}. */
    public static ReportingPeriod containing(LocalDate day, Month startMonth) {
        LocalDate start = LocalDate.of(day.getYear(), startMonth, 1);
        if (start.isAfter(day)) {
            start = start.minusYears(1);
        }
        return new ReportingPeriod(start, start.plusYears(1).minusDays(1));
    }

    /** The latest period: the one that holds the latest activity's start date. */
    public static Optional<ReportingPeriod> latest(List<Activity> activities, Month startMonth) {
        return activities.stream().map(Activity::startDate).max(Comparator.naturalOrder())
            .map(day -> containing(day, startMonth));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether the issue's cover quarter overlaps the period: October–December 2017 does, for a period from December 2017.
     * The issues of a period are those its report lists among its publications.
     */
    public boolean overlapsQuarterOf(IssueId issue) {
        LocalDate quarterStart = LocalDate.of(issue.year(), issue.firstMonth(), 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        return !quarterEnd.isBefore(start) && !quarterStart.isAfter(end);
    }

    /** "December 2017 to November 2018". */
    public String label() {
        return startLabel() + " to " + endLabel();
    }

    /** "December 2017". */
    public String startLabel() {
        return monthYear(start);
    }

    /** "November 2018". */
    public String endLabel() {
        return monthYear(end);
    }

    private static String monthYear(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }
}
