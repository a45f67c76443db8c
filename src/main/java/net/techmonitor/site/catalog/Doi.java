package net.techmonitor.site.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier as the DOI Handbook writes it: {@code 10.}, the registrant code (digits, in parts
 * separated by dots), a slash, and a suffix of any printable characters but spaces ({@code 10.5555/12345678}).
 * DOIs are compared without regard to case, as the DOI system resolves them.
 *
 * @param value the DOI as written, without {@code https://doi.org/} or {@code doi:}
 */
public record Doi(String value) {
    private static final Pattern SYNTAX = Pattern.compile("10\\.[0-9]+(?:\\.[0-9]+)*/[^\\s\\p{Cc}\\p{Z}]+");
    /** The forms an editor may copy from a publisher's page: the resolver's address, or the "doi:" name. */
    private static final Pattern LINK_FORM = Pattern.compile("(?i)(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)(.*)");
    /** What a DOI's URL keeps as it is: RFC 3986's unreserved and sub-delimiter characters, ':', '@' and '/'. */
    private static final String KEPT_IN_URL = "-._~!$&'()*+,;=:@/";

    public static Optional<Doi> parse(String written) {
        return written != null && SYNTAX.matcher(written).matches() ? Optional.of(new Doi(written)) : Optional.empty();
    }

    /** The bare DOI inside a resolver link or a "doi:" name ({@code https://doi.org/10.5555/x}), if it is one. */
    public static Optional<String> insideLink(String written) {
        java.util.regex.Matcher matcher = LINK_FORM.matcher(written);
        return matcher.matches() && parse(matcher.group(1).strip()).isPresent() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /**
     * Its address at the DOI resolver, as Crossref and DataCite ask DOIs to be shown: {@code https://doi.org/} and the
     * DOI, with the characters a URL cannot hold as they are ({@code #}, {@code ?}, {@code %}, {@code <}, non-ASCII)
     * percent-encoded in UTF-8, as the DOI Handbook's URL encoding says.
     */
    public String url() {
        StringBuilder url = new StringBuilder("https://doi.org/");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT_IN_URL.indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return url.toString();
    }

    /** The form two DOIs are compared in: the DOI system does not tell upper from lower case. */
    public String comparable() {
        return value.toUpperCase(Locale.ROOT);
    }
}
