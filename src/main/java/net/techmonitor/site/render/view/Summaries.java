package net.techmonitor.site.render.view;

import java.util.List;

/** Entries of listings, shared by every page that lists issues, articles, activities or countries. */
public final class Summaries {
    private Summaries() {
    }

    /**
     * @param volumeAndNumber "Vol. 35, No. 3" where the issue gives them, else ""
     * @param cover           its cover image, or null
     */
    public record IssueSummary(Link link, String id, String period, String status, boolean inPress, int articleCount,
                               String volumeAndNumber, Image cover) {
    }

    /**
     * An image with the text that stands for it and its size, so that the page does not shift while it loads.
     *
     * @param srcset the image's sizes for {@code srcset} ("/a-320w.png 320w, /a.png 600w"), or "" when it has one size
     */
    public record Image(String url, String alt, int width, int height, String srcset) {
    }

    /**
     * A section of an issue's contents.
     *
     * @param headingId  the id of its heading: "section-" and the section's id, "other-articles" for the articles without
     *                   a section, "technology-offers-and-requests" for the offers and requests without one
     * @param title      the section's title, or "" for the articles, or the offers and requests, without a section (the
     *                   template words their headings)
     * @param technology the technology offers and requests listed in the section, after its articles
     */
    public record ContentsSection(String headingId, String title, List<ArticleSummary> articles, List<TechnologySummary> technology) {
    }

    /**
     * A technology offer or request in a listing.
     *
     * @param kind      "offer" or "request", as written, for the listing's script to filter by
     * @param kindLabel "Technology offer"
     * @param themeIds  its themes' ids, for the listing's script to filter by
     */
    public record TechnologySummary(Link link, String kind, String kindLabel, Link country, String countrySlug, List<Link> themes,
                                    List<String> themeIds, String date, String isoDate, Link issue, String description) {
    }

    /**
     * One value a listing of offers and requests can be filtered by, with its page.
     *
     * @param value   what the listing's script matches ("offer", a country's slug, a theme's id)
     * @param count   how many entries have it
     * @param current whether the page showing it is this one
     */
    public record FilterValue(Link link, String value, int count, boolean current) {
    }

    /** Every filter of the offers and requests: by kind, by country, by theme; each value links to its page. */
    public record TechnologyFilters(String allUrl, boolean allCurrent, List<FilterValue> kinds, List<FilterValue> countries,
                                    List<FilterValue> themes) {
    }

    public record ArticleSummary(Link link, String authors, String date, Link issue, String description) {
    }

    public record ActivitySummary(Link link, String dates, String isoStart, String city, Link country, String role,
                                  String participants, boolean scheduled, Link programme) {
    }

    public record CountrySummary(Link link, int hosted, int joined, int articles, int partners, boolean contributed, int technology) {
    }

    public record PartnerSummary(Link link, Link country, int activities) {
    }

    public record ThemeSummary(Link link, int issues, int articles, int activities, int technology) {
    }

    public record PledgeLine(Link country, String amount) {
    }

    /** One row of a chart's table: what is counted (linked to its page) and the figure. */
    public record Row(Link label, String value) {
    }

    /**
     * A country's contribution in one year: a pledge of {@code amount} (with the Commission's {@code decision}, or
     * null), or in-kind support when {@code amount} is null.
     */
    public record ContributionLine(Link contributions, int year, String amount, String decision) {
    }

    public record YearGroup(Link year, List<ActivitySummary> activities) {
    }

    public record ProgrammeGroup(Link programme, String summary, List<ActivitySummary> activities) {
    }
}
