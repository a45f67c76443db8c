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
                           Link issues, Link activitiesLink, Link themes, Link countries, Link partners, Link about,
                           Link report, Link statistics) {
    }

    public record IssueArchiveView(List<IssueSummary> issues) {
    }

    public record IssueView(String id, String title, String period, String status, boolean inPress, String volumeNumber,
                            String date, List<Link> themes, String introductionHtml, List<ArticleSummary> articles,
                            Link archive, Link pdf) {
        // pdf is null when the build writes no PDF editions
    }

    public record ArticleView(String title, List<String> authors, String date, String isoDate, Link issue, String issuePeriod,
                              List<Link> themes, List<Link> countries, String description, String bodyHtml, Link pdf) {
    }

    /** @param organizers who organized it besides the Centre; an institution without a page here has a null url */
    public record ActivityView(String title, String dates, String isoStart, String isoEnd, String city, Link country,
                               String role, boolean organizedByTheCentre, List<Link> organizers, List<Link> coOrganizers,
                               List<Link> cooperation, List<Link> partners, String participants, boolean estimatedParticipants,
                               List<Link> countries, Link programme, List<Link> themes, boolean scheduled,
                               String bodyHtml, Link year) {
    }

    public record ActivityListView(String title, String summary, List<YearGroup> years, List<ProgrammeGroup> programmes,
                                   List<Link> yearLinks, List<Link> programmeLinks, Link calendar) {
    }

    public record ThemeView(String title, String descriptionHtml, List<IssueSummary> issues, List<ArticleSummary> articles,
                            List<ActivitySummary> activities) {
    }

    public record ThemeIndexView(List<ThemeSummary> themes) {
    }

    public record CountryView(String name, String alpha2, String alpha3, List<ActivitySummary> hosted,
                              List<ActivitySummary> joined, List<ArticleSummary> articles, List<Link> partners,
                              List<ContributionLine> contributions, List<Link> pages, Link index) {
    }

    public record CountryIndexView(List<CountrySummary> countries) {
    }

    public record PartnerView(String title, Link country, String website, String bodyHtml, List<ActivitySummary> activities,
                              Link index) {
    }

    public record PartnerIndexView(List<PartnerSummary> partners) {
    }

    public record ReportActivity(Link link, String dates, String place, String role, List<Link> partners, String participants,
                                 boolean scheduled, List<Link> countries) {
    }

    public record ReportSection(Link programme, String summary, List<ReportActivity> activities) {
    }

    public record ReportView(String periodLabel, int activities, List<Link> hostCountries, int partnerInstitutions, String participants,
                             String participantsNote, List<ReportSection> sections, List<Summaries.IssueSummary> issues,
                             List<Link> partners) {
    }

    /** A chart and the same numbers as a table. */
    /** @param note what the figures hold that a reader should know (round figures, expected participants), or empty */
    public record Chart(String id, String title, String svg, String labelHeading, String valueHeading, List<Summaries.Row> rows,
                        String note) {
        public Chart withNote(String text) {
            return new Chart(id, title, svg, labelHeading, valueHeading, rows, text);
        }
    }

    public record StatisticsView(List<Chart> charts) {
    }

    public record SearchView(String indexUrl, String scriptUrl, String pageUrl) {
    }

    public record NotFoundView(Link home, Link issues, Link activities) {
    }

    public record PlainPageView(String title, String bodyHtml, List<Link> countries) {
    }

    public record ContributionsView(String title, int year, String decision, List<PledgeLine> pledges, String total,
                                    List<Link> inKind, String bodyHtml) {
    }
}
