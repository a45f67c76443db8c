package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import net.techmonitor.site.reference.Country;

import java.time.LocalDate;
import java.util.List;

/**
 * An article of an issue; it belongs to the issue whose folder it is in.
 *
 * @param authors   its authors, in the author line's order: at least one
 * @param doi       its DOI ({@code :doi:}), or null
 * @param sectionId the id of its section among the site's {@code site.sections}, or null
 * @param order     its place within its section of the issue's contents ({@code :order:}), or null
 */
public record Article(IssueId issueId, String slug, String title, List<Author> authors, Doi doi, LocalDate date,
                      List<String> themeIds, List<Country> countries, String description, String sectionId, Integer order,
                      String bodyHtml, SourceRef source) {

    public Article {
        authors = List.copyOf(authors);
        themeIds = List.copyOf(themeIds);
        countries = List.copyOf(countries);
    }

    /** The authors' names, in the author line's order. */
    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }
}
