package net.techmonitor.site.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD, a researcher's identifier: sixteen characters in four groups of four, the last a check character
 * (a digit or X) computed over the fifteen digits before it by ISO 7064 MOD 11-2, as ORCID's documentation gives it.
 *
 * @param value the iD as written, {@code 0000-0002-1825-0097}, without {@code https://orcid.org/}
 */
public record OrcidId(String value) {
    private static final Pattern SYNTAX = Pattern.compile("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]");
    private static final Pattern LINK_FORM = Pattern.compile("(?i)https?://(?:www\\.)?orcid\\.org/(.*)");

    public static Optional<OrcidId> parse(String written) {
        if (written == null || !SYNTAX.matcher(written).matches()) {
            return Optional.empty();
        }
        String digits = written.replace("-", "");
        return digits.charAt(15) == checkCharacter(digits.substring(0, 15)) ? Optional.of(new OrcidId(written)) : Optional.empty();
    }

    /** The bare iD inside an ORCID record's address ({@code https://orcid.org/0000-...}), if it is one. */
    public static Optional<String> insideLink(String written) {
        java.util.regex.Matcher matcher = LINK_FORM.matcher(written);
        return matcher.matches() && parse(matcher.group(1).strip()).isPresent() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** ISO 7064 MOD 11-2 over the digits: 0–9, or X for ten. */
    static char checkCharacter(String digits) {
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            total = (total + digits.charAt(i) - '0') * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** The iD's record, the form ORCID asks iDs to be shown and linked in. */
    public String url() {
        return "https://orcid.org/" + value;
    }
}
