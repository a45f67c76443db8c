package net.techmonitor.site.reference;

import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An issue's id, {@code YYYY-qN}: the quarter of the issue's cover period. */
public record IssueId(int year, int quarter) implements Comparable<IssueId> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-q([1-4])");

    public static Optional<IssueId> parse(String text) {
        Matcher matcher = FORM.matcher(text);
        return matcher.matches()
            ? Optional.of(new IssueId(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
            : Optional.empty();
    }

    public Month firstMonth() {
        return Month.of(quarter * 3 - 2);
    }

    @Override
    public String toString() {
        return year + "-q" + quarter;
    }

    @Override
    public int compareTo(IssueId other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
