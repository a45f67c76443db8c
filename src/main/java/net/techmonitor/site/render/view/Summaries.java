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

    /** An image with the text that stands for it and its size, so that the page does not shift while it loads. */
    public record Image(String url, String alt, int width, int height) {
    }

    /**
     * A section of an issue's contents.
     *
     * @param id       the section's id, for its heading's id, or "" for the articles without a section
     * @param title    the section's title, or "" for the articles without a section
     */
    public record ContentsSection(String id, String title, List<ArticleSummary> articles) {
    }

    public record ArticleSummary(Link link, String authors, String date, Link issue, String description) {
    }

    public record ActivitySummary(Link link, String dates, String isoStart, String city, Link country, String role,
                                  String participants, boolean scheduled, Link programme) {
    }

    public record CountrySummary(Link link, int hosted, int joined, int articles, int partners, boolean contributed) {
    }

    public record PartnerSummary(Link link, Link country, int activities) {
    }

    public record ThemeSummary(Link link, int issues, int articles, int activities) {
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
