package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.IssueId;

import java.time.LocalDate;
import java.util.List;

/**
 * A technology offer or request published in an issue: {@code content/issues/<issue-id>/technology/<slug>.adoc}. It
 * belongs to the issue whose folder it is in.
 *
 * @param kind        offer or request ({@code :kind:})
 * @param date        the day it was published ({@code :jbake-date:}), which orders listings and feeds
 * @param country     the country it comes from ({@code :country:})
 * @param themeIds    its sector, as theme ids ({@code :themes:}, at least one)
 * @param description one or two sentences for listings, feeds, search and meta tags
 * @param contact     whom to write to, as written ({@code :contact:}, plain text), or null
 * @param sectionId   the section of the issue's contents it is listed in ({@code :section:}), or null for the
 *                    contents' own group of offers and requests after the articles
 */
public record TechnologyEntry(IssueId issueId, String slug, String title, TechnologyKind kind, LocalDate date, Country country,
                              List<String> themeIds, String description, String contact, String sectionId, String bodyHtml,
                              SourceRef source) {

    public TechnologyEntry {
        themeIds = List.copyOf(themeIds);
    }

    /** The same entry with another body (cross-references pointed at their pages). */
    public TechnologyEntry withBody(String html) {
        return new TechnologyEntry(issueId, slug, title, kind, date, country, themeIds, description, contact, sectionId, html, source);
    }
}
