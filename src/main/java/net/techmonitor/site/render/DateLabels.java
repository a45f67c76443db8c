package net.techmonitor.site.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the Centre writes them: "20 March 2018", "27–28 August 2018", "30 May–1 June 2018". */
public final class DateLabels {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }

    public static String range(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        if (end == null || end.equals(start)) {
            return day(start);
        }
        if (start.getYear() != end.getYear()) {
            return day(start) + "\u2013" + day(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + "\u2013" + day(end);
        }
        return start.getDayOfMonth() + "\u2013" + day(end);
    }
}
