package net.techmonitor.site.catalog;

import java.util.List;

/**
 * One author of an article, in the author line's order, with what the header says of them.
 *
 * @param name         the name as the author line writes it (its e-mail address left out)
 * @param orcid        their ORCID iD ({@code :orcid:} for the first author, {@code :orcid_2:} for the second, ...), or null
 * @param affiliations the institutions they write from ({@code :affiliation:}, {@code :affiliation_2:}, ...; several
 *                     separated by ';'), in the order written; none when the header names none
 */
public record Author(String name, OrcidId orcid, List<String> affiliations) {
    public Author {
        affiliations = List.copyOf(affiliations);
    }

    public static Author named(String name) {
        return new Author(name, null, List.of());
    }
}
