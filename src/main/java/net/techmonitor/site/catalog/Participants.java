package net.techmonitor.site.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many took part in an activity. The Centre's report often gives round figures ("about 800",
 * "over 800"); {@code :participants:} may say so, and the figure keeps the qualifier instead of passing
 * an estimate off as a count.
 */
public record Participants(long count, Qualifier qualifier) {
    /**
     * The largest figure accepted. The Centre's largest event in its report had about 800 participants; a figure
     * above a million is a typing mistake, and the bound keeps every sum of figures far from any overflow.
     */
    public static final long MAX = 1_000_000;
    private static final Pattern FORM = Pattern.compile("(?:(about|over)\\s+)?([0-9][0-9,]*)");

    public enum Qualifier { EXACT, ABOUT, OVER }

    public static Optional<Participants> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2).replace(",", "");
        if (digits.length() > 7 || Long.parseLong(digits) > MAX) {
            return Optional.empty();
        }
        Qualifier qualifier = matcher.group(1) == null ? Qualifier.EXACT
            : Qualifier.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(new Participants(Long.parseLong(digits), qualifier));
    }

    public boolean estimated() {
        return qualifier != Qualifier.EXACT;
    }

    /** "97", "about 800", "over 800" with thousands separators. */
    public String label() {
        String number = String.format(Locale.ROOT, "%,d", count);
        return switch (qualifier) {
            case EXACT -> number;
            case ABOUT -> "about " + number;
            case OVER -> "over " + number;
        };
    }
}
