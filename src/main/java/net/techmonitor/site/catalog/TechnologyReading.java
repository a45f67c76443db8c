package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.source.ContentPlace;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the header of a technology offer or request ({@code :jbake-type: technology}). Its country, themes and section
 * are read by the same readers as an activity's country and an article's themes and section, so they are resolved,
 * checked and suggested for exactly as those are.
 */
final class TechnologyReading {
    private TechnologyReading() {
    }

    /** @param builder the catalog builder, whose readers of themes, sections and the issue folder are shared by every kind */
    static TechnologyEntry read(CatalogBuilder builder, HeaderFields fields, ContentPlace place, String title, String body,
                                SourceRef source) {
        IssueId issueId = IssueId.parse(place.folder()).orElseThrow();
        String kinds = WrittenForm.allWritten(TechnologyKind.class);
        String kindWritten = fields.required("kind", kinds + ", whether it offers a technology or asks for one, e.g. ':kind: offer'");
        TechnologyKind kind = fields.parsed("kind", kindWritten, text -> WrittenForm.parse(TechnologyKind.class, text), kinds).orElse(null);
        builder.belongsToIssue(issueId, source, (kind == null ? "technology offer or request" : kind.label().toLowerCase(java.util.Locale.ROOT)));
        LocalDate date = fields.requiredDate("jbake-date");
        String countryWritten = fields.required("country", "the country the offer or request comes from, e.g. ':country: India'");
        Country country = countryWritten.isEmpty() ? null : fields.country("country", countryWritten).orElse(null);
        List<String> themeIds = builder.themeIds(fields, true, true);
        String description = fields.required("description", "one or two sentences for listings, feeds and search");
        String contact = fields.optional("contact").orElse(null);
        String section = fields.optional("section").map(written -> builder.section(fields, written)).orElse(null);
        return new TechnologyEntry(issueId, place.name(), title, kind, date, country, themeIds, description, contact, section, body, source);
    }
}
