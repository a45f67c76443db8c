package net.techmonitor.site.render.files;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values escaped, all-day
 * events with an exclusive DTEND. DTSTAMP comes from the content, not the clock, so the file is repeatable.
 */
public final class ICalendarWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    private ICalendarWriter() {
    }

    /** One all-day event. */
    public record Event(String uid, LocalDate stamp, LocalDate start, LocalDate end, String summary, String location,
                        String url, String description) {
    }

    public static String write(String productId, String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + text(productId));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + DATE.format(event.stamp()) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.start()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.end().plusDays(1)));
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "LOCATION:" + text(event.location()));
            line(out, "URL:" + event.url());
            line(out, "DESCRIPTION:" + text(event.description()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> { }
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
