package net.techmonitor.site.render.view;

import net.techmonitor.site.render.view.Summaries.ActivitySummary;
import net.techmonitor.site.render.view.Summaries.ArticleSummary;
import net.techmonitor.site.render.view.Summaries.ContributionLine;
import net.techmonitor.site.render.view.Summaries.CountrySummary;
import net.techmonitor.site.render.view.Summaries.IssueSummary;
import net.techmonitor.site.render.view.Summaries.PartnerSummary;
import net.techmonitor.site.render.view.Summaries.PledgeLine;
import net.techmonitor.site.render.view.Summaries.ProgrammeGroup;
import net.techmonitor.site.render.view.Summaries.ThemeSummary;
import net.techmonitor.site.render.view.Summaries.YearGroup;

import java.util.List;

/** The view model of each kind of page; templates read these and nothing else. */
public final class PageViews {
    private PageViews() {
    }

    public record HomeView(String periodLabel, int activities, List<Link> hostCountries, int partnerInstitutions,
                           String participants, String participantsNote, IssueSummary latestIssue,
                           List<ActivitySummary> latestActivities, List<ProgrammeGroup> programmes,
                           String issuesUrl, String activitiesUrl, String themesUrl, String countriesUrl, String partnersUrl,
                           Link about, String reportUrl, String reportPeriod, String statisticsUrl, String technologyUrl) implements PageView {
    }

    public record IssueArchiveView(List<IssueSummary> issues, String technologyUrl) implements PageView {
    }

    /**
     * @param volumeAndNumber "Vol. 35, No. 3" where the issue gives them, else ""
     * @param cover           the issue's cover image, or null
     * @param contents        the articles by section, in the site's order of sections; the articles without a section last
     * @param articleCount    how many articles the contents list
     * @param pdfUrl          its PDF edition, or null when the build writes no PDF editions
     */
    public record IssueView(String id, String title, String period, String status, boolean inPress, String volumeAndNumber,
                            Summaries.Image cover, String date, List<Link> themes, String introductionHtml,
                            List<Summaries.ContentsSection> contents, int articleCount, String archiveUrl, String pdfUrl) implements PageView {
    }

    /**
     * @param previous the article before it in the issue's contents, or null for the first
     * @param next     the article after it, or null for the last
     * @param related  up to five other articles sharing a theme or a country with it, newest first
     * @param licence  the licence of the site's articles ({@code site.license.*}), or null when the site sets none
     * @param pdfUrl   the article's PDF edition, or null when the build writes no PDF editions
     * @param cite     its "How to cite" section: the reference in two styles and as files to download
     * @param authors  its authors in the author line's order, each with their affiliations and ORCID iD
     * @param doi      its DOI as a link to the resolver, shown as the resolver's address and the DOI as written (as Crossref
     *                 asks DOIs to be shown; the link's own address is percent-encoded), or null
     */
    public record ArticleView(String title, List<ArticleAuthor> authors, String date, String isoDate, Link issue, String issuePeriod,
                              List<Link> themes, List<Link> countries, String description, String bodyHtml, Link previous,
                              Link next, List<ArticleSummary> related, Link licence, String pdfUrl,
                              net.techmonitor.site.render.cite.HowToCite cite, Link doi) implements PageView {
    }

    /**
     * @param affiliations the institutions the author writes from, as the header names them; maybe none
     * @param orcidUrl     their ORCID record's address (https://orcid.org/...), or null
     */
    public record ArticleAuthor(String name, List<String> affiliations, String orcidUrl) {
    }

    /**
     * A technology offer or request.
     *
     * @param kindLabel "Technology offer"
     * @param contact   whom to write to, as the header gives it, or null
     * @param kindList  the listing of the entries of its kind
     */
    public record TechnologyView(String title, String kindLabel, Link kindList, String date, String isoDate, Link issue,
                                 String issuePeriod, Link country, List<Link> themes, String description, String contact,
                                 String bodyHtml, String indexUrl) implements PageView {
    }

    /**
     * The listing of technology offers and requests, all of them or those of one filter value; the template shows the
     * page's title and description.
     *
     * @param scriptUrl the listing's filter script (the whole listing only), or null
     */
    public record TechnologyListView(List<Summaries.TechnologySummary> entries, Summaries.TechnologyFilters filters, int total,
                                     String scriptUrl) implements PageView {
    }

    /** @param organizers who organized it besides the Centre; an institution without a page here has a null url */
    public record ActivityView(String title, String dates, String isoStart, String isoEnd, String city, Link country,
                               String role, boolean organizedByTheCentre, List<Link> organizers, List<Link> coOrganizers,
                               List<Link> cooperation, List<Link> partners, String participants, boolean estimatedParticipants,
                               List<Link> countries, Link programme, List<Link> themes, boolean scheduled,
                               String bodyHtml, int year, String yearUrl) implements PageView {
    }

    /** The activity index, a year's or a programme area's activities; the template shows the page's title and description. */
    public record ActivityListView(List<YearGroup> years, List<ProgrammeGroup> programmes,
                                   List<Link> yearLinks, List<Link> programmeLinks, String calendarUrl) implements PageView {
    }

    public record ThemeView(String title, String descriptionHtml, List<IssueSummary> issues, List<ArticleSummary> articles,
                            List<ActivitySummary> activities, List<Summaries.TechnologySummary> technology,
                            String technologyUrl) implements PageView {
    }

    public record ThemeIndexView(List<ThemeSummary> themes) implements PageView {
    }

    public record CountryView(String name, String alpha2, String alpha3, List<ActivitySummary> hosted,
                              List<ActivitySummary> joined, List<ArticleSummary> articles, List<Link> partners,
                              List<ContributionLine> contributions, List<Link> pages, List<Summaries.TechnologySummary> technology,
                              String technologyUrl, String indexUrl) implements PageView {
    }

    /** @param technology whether the site lists any technology offer or request, so the table has a column for them */
    public record CountryIndexView(List<CountrySummary> countries, boolean technology) implements PageView {
    }

    public record PartnerView(String title, Link country, String website, String bodyHtml, List<ActivitySummary> activities,
                              String indexUrl) implements PageView {
    }

    public record PartnerIndexView(List<PartnerSummary> partners) implements PageView {
    }

    public record ReportActivity(Link link, String dates, String place, String role, List<Link> partners, String participants,
                                 boolean scheduled, List<Link> countries) {
    }

    /**
     * One section of the Centre's report, under its heading as the report words it.
     *
     * @param id           the heading's id ("section-h", "section-annex-1")
     * @param label        the report's number for it ("A", "Annex II")
     * @param heading      the heading's words, linking to the programme area or page it comes from
     * @param summary      a line on the programme area, or empty
     * @param bodyHtml     the page's text, its headings moved below the section's, or empty
     * @param activities   the programme area's activities of the period
     * @param partners     the partner institutions of the period, for a page with {@code :report-list: partners}
     * @param publications the issues of the period, for a page with {@code :report-list: issues}
     */
    public record ReportPart(String id, String label, Link heading, String summary, String bodyHtml, List<ReportActivity> activities,
                             List<Link> partners, List<Summaries.IssueSummary> publications) {
    }

    /**
     * The report: its introduction (the figures of the period and the introduction's page), the lettered sections
     * of its major results, and its annexes, each list in the report's order; the template shows the page's title.
     *
     * @param periodStart the period's first month ("December 2017")
     * @param periodEnd   its last ("November 2018")
     * @param map         the countries that hosted or took part in the period's activities, or null when it had none
     */
    public record ReportView(String periodStart, String periodEnd, int activities, List<Link> hostCountries, int partnerInstitutions,
                             String participants, String participantsNote, CountryMap map, ReportPart introduction,
                             List<ReportPart> results, List<ReportPart> annexes) implements PageView {
    }

    /**
     * A bar chart and the same numbers as a table. The bars are drawn beside their labels and figures, which are page
     * text: they keep the page's text size on every screen, where text drawn into a scaled SVG shrank to 7 px on a phone.
     *
     * @param period       the months it covers ("December 2017 to November 2018")
     * @param roundSums    the rows (by name) whose sums add round figures ("about 800"), for the note under the chart
     * @param expectedSums the rows whose sums include participants expected at activities still ahead
     * @param ahead        how many of the activities counted were still ahead when the Centre reported
     */
    public record Chart(String id, String title, String period, List<Bar> bars, String labelHeading, String valueHeading,
                        List<Summaries.Row> rows, List<String> roundSums, List<String> expectedSums, int ahead) {
    }

    /**
     * One bar: its label and figure as text, and its length in hundredths of the longest bar's.
     *
     * @param length a number from 0 to 100, as the bar's SVG draws it
     */
    public record Bar(String label, String value, String length) {
    }

    /**
     * @param period    the months the page's figures cover, from the first activity's reporting period to the last's
     * @param map       the countries that hosted or took part in the activities, or null when there are none
     */
    public record StatisticsView(String period, int activities, List<Chart> charts, CountryMap map) implements PageView {
    }

    /**
     * A map of the countries that hosted or took part in a set of activities, with the same numbers as a table. Each
     * country with a figure is a link to its page and carries its figures as text; a country outside the map's area,
     * or without a shape in the map's data, is in the table and in {@code offMap}.
     *
     * @param svg    the map, drawn at build time (escaped; no script)
     * @param legend the shades used, lightest first
     * @param ahead  how many of the activities counted were still ahead when the Centre reported
     * @param credit where the country shapes come from, as the page credits them
     */
    public record CountryMap(String id, String title, String period, String svg, List<MapShade> legend, List<MapRow> rows,
                             List<MapRow> offMap, int ahead, String credit) {
    }

    /**
     * One shade of the map and the counts it stands for.
     *
     * @param to the largest count it stands for; with {@code open}, no limit
     */
    public record MapShade(String cssClass, int from, int to, boolean open) {
    }

    /** One country's figures: activities hosted, joined by its experts or participants, and both, each once. */
    public record MapRow(Link country, int hosted, int joined, int activities, int ahead) {
    }

    public record SearchView(String indexUrl, String scriptUrl, String pageUrl) implements PageView {
    }

    public record NotFoundView(String homeUrl, String issuesUrl, String activitiesUrl) implements PageView {
    }

    /**
     * @param partners     the partner institutions of the report's period, for a page with {@code :report-list: partners}
     * @param publications the issues of the report's period, for a page with {@code :report-list: issues}
     * @param reportUrl    the page's section in the report, for a page with a {@code :report-section:}, or null
     * @param reportPeriod the period of the report ("December 2017 to November 2018")
     */
    public record PlainPageView(String title, String bodyHtml, List<Link> countries, List<Link> partners,
                                List<Summaries.IssueSummary> publications, String reportUrl, String reportPeriod) implements PageView {
    }

    public record ContributionsView(String title, int year, String decision, List<PledgeLine> pledges, String total,
                                    List<Link> inKind, String bodyHtml) implements PageView {
    }
}
