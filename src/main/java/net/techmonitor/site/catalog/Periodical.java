package net.techmonitor.site.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the site says about the periodical as a whole, from {@code jbake.properties}: its ISSN, the sections its
 * issues group articles in, and the licence its articles are published under. Each is absent unless the site sets
 * it: the generator never invents one.
 *
 * @param issn     the ISSN as written ("0000-0000", check digit verified), or null
 * @param sections the sections, in the order the site lists them (an issue's contents follow it)
 * @param licence  the licence of every article, or null
 */
public record Periodical(String issn, List<Section> sections, Licence licence) {
    public static final Periodical NONE = new Periodical(null, List.of(), null);

    public Periodical {
        sections = List.copyOf(sections);
    }

    /** A section of the issues' contents ({@code special-theme: Special theme}). */
    public record Section(String id, String title) {
    }

    /** A licence: its name as shown and the address of its text. */
    public record Licence(String name, String url) {
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /** The place of a section in the site's order; articles without a section come after every section. */
    public int rank(String sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        return sections.size();
    }

    /**
     * Whether an ISSN is well formed and its check digit right: four digits, a hyphen, three digits and a check
     * character (a digit or X), the check being 11 minus the weighted sum (weights 8 down to 2) modulo 11.
     */
    public static boolean isValidIssn(String written) {
        if (written == null || !written.matches("[0-9]{4}-[0-9]{3}[0-9X]")) {
            return false;
        }
        String digits = written.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(7) == expected;
    }
}
