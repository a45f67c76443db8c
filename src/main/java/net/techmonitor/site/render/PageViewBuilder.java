package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Contributions;
import net.techmonitor.site.catalog.HeadlineFigures;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.catalog.Page;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.Pledge;
import net.techmonitor.site.catalog.ReportList;
import net.techmonitor.site.catalog.ReportSection;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.render.view.Link;
import net.techmonitor.site.render.view.PageMeta;
import net.techmonitor.site.render.view.PageView;
import net.techmonitor.site.render.view.PageViews;
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
import net.techmonitor.site.urls.SiteUrls;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds the view model of every page from the catalog: pure functions of (catalog, URLs, settings), tested
 * without JBake. Links come from {@link SiteUrls}; counts and figures are computed here, never typed in.
 */
public final class PageViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final Month reportingStartMonth;
    private final ReportingPeriod reportPeriod;
    private final boolean pdfEditions;

    /** @param pdfEditions whether the PDF editions are written, so issue and article pages link to them */
    public PageViewBuilder(Catalog catalog, SiteUrls urls, Month reportingStartMonth, ReportingPeriod reportPeriod, boolean pdfEditions) {
        this.catalog = catalog;
        this.urls = urls;
        this.reportingStartMonth = reportingStartMonth;
        this.reportPeriod = reportPeriod;
        this.pdfEditions = pdfEditions;
    }

    /** A page's view model and head metadata. */
    public record BuiltPage(PageView view, PageMeta meta) {
    }

    public BuiltPage build(PageSubject subject) {
        if (subject instanceof PageSubject.IssuePage page) {
            return issue(page.issue());
        } else if (subject instanceof PageSubject.ArticlePage page) {
            return article(page.article());
        } else if (subject instanceof PageSubject.ActivityPage page) {
            return activity(page.activity());
        } else if (subject instanceof PageSubject.ThemePage page) {
            return theme(page.theme());
        } else if (subject instanceof PageSubject.PartnerPage page) {
            return partner(page.partner());
        } else if (subject instanceof PageSubject.PlainPage page) {
            return page(page.page());
        } else if (subject instanceof PageSubject.ContributionsPage page) {
            return contributions(page.contributions());
        } else if (subject instanceof PageSubject.ActivityYearPage page) {
            return activityYear(page.year());
        } else if (subject instanceof PageSubject.ProgrammePage page) {
            return programme(page.programme());
        } else if (subject instanceof PageSubject.CountryPage page) {
            return country(page.country());
        }
        return switch ((PageSubject.Singleton) subject) {
            case HOME -> home();
            case ISSUE_ARCHIVE -> new BuiltPage(new PageViews.IssueArchiveView(catalog.issues().stream().map(this::issueSummary).toList()),
                meta("Issues of the Asia-Pacific Tech Monitor", "Every issue of the Asia-Pacific Tech Monitor, newest first.", urls.issueArchive().url()));
            case ACTIVITY_INDEX -> activityIndex();
            case THEME_INDEX -> themeIndex();
            case COUNTRY_INDEX -> countryIndex();
            case PARTNER_INDEX -> partnerIndex();
            case REPORT -> report();
            case STATISTICS -> statistics();
            case SEARCH -> new BuiltPage(new PageViews.SearchView(urls.searchIndex().url(), urls.file("js/search.js"), urls.search().url()),
                meta("Search", "Search the articles, issues, activities, themes, countries and partners of the Asia-Pacific Tech Monitor.",
                    urls.search().url()));
            case NOT_FOUND -> new BuiltPage(new PageViews.NotFoundView(new Link(urls.home().url(), "the home page"),
                new Link(urls.issueArchive().url(), "the issues"), new Link(urls.activityIndex().url(), "the activities")),
                meta("Page not found", "There is no page at this address.", urls.notFound().url()));
        };
    }

    private static PageMeta meta(String title, String description, String url) {
        return new PageMeta(title, description, url);
    }

    // ---- home

    private BuiltPage home() {
        ReportingPeriod period = ReportingPeriod.latest(catalog.activities(), reportingStartMonth).orElse(null);
        HeadlineFigures figures = period == null ? null : HeadlineFigures.of(catalog.activities(), catalog.partners(), period);
        List<Activity> recent = catalog.activities().stream()
            .sorted(Comparator.comparing(Activity::startDate).reversed()).limit(4).toList();
        PageViews.HomeView view = new PageViews.HomeView(
            period == null ? "" : period.label(),
            figures == null ? 0 : figures.activities(),
            figures == null ? List.of() : figures.hostCountries().stream().map(this::countryLink).toList(),
            figures == null ? 0 : figures.partnerInstitutions(),
            figures == null ? "0" : figures.participantsLabel(),
            figures == null ? "" : figures.participantsNote(),
            catalog.issues().isEmpty() ? null : issueSummary(catalog.issues().get(0)),
            recent.stream().map(this::activitySummary).toList(),
            programmeGroups(catalog.activities()),
            new Link(urls.issueArchive().url(), "Issues"),
            new Link(urls.activityIndex().url(), "Activities"),
            new Link(urls.themeIndex().url(), "Themes"),
            new Link(urls.countryIndex().url(), "Countries"),
            new Link(urls.partnerIndex().url(), "Partner institutions"),
            catalog.pages().stream().filter(p -> p.slug().equals("about")).findFirst()
                .map(p -> new Link(urls.page(p.slug()).url(), p.title())).orElse(null),
            new Link(urls.report().url(), "Report on the activities of " + reportPeriod.label()),
            new Link(urls.statistics().url(), "Statistics"));
        return new BuiltPage(view, meta("Asia-Pacific Tech Monitor",
            "The Asia-Pacific Tech Monitor and the capacity-building activities of the Asian and Pacific Centre for Transfer of Technology (APCTT).",
            urls.home().url()));
    }

    // ---- issues and articles

    private BuiltPage issue(Issue issue) {
        String volumeNumber = issue.volume() == null && issue.number() == null ? ""
            : (issue.volume() == null ? "" : "Volume " + issue.volume()) + (issue.volume() != null && issue.number() != null ? ", " : "")
            + (issue.number() == null ? "" : "No. " + issue.number());
        PageViews.IssueView view = new PageViews.IssueView(issue.id().toString(), issue.title(), issue.period(), issue.status().label(),
            issue.inPress(), volumeNumber, DateLabels.day(issue.date()), themeLinks(issue.themeIds()), issue.introductionHtml(),
            catalog.articlesIn(issue.id()).stream().map(this::articleSummary).toList(),
            new Link(urls.issueArchive().url(), "All issues"),
            pdfEditions ? new Link(urls.issuePdf(issue.id()).url(), "Download this issue (PDF)") : null);
        return new BuiltPage(view, meta(issue.title() + " (" + issue.period() + ")",
            "Asia-Pacific Tech Monitor, " + issue.period() + ": " + issue.title() + (issue.inPress() ? " (in press)" : "") + ".",
            urls.issue(issue.id()).url()));
    }

    private BuiltPage article(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        PageViews.ArticleView view = new PageViews.ArticleView(article.title(), article.authors(), DateLabels.day(article.date()),
            article.date().toString(), issueLink(issue), issue.period(), themeLinks(article.themeIds()),
            article.countries().stream().map(this::countryLink).toList(), article.description(), article.bodyHtml(),
            pdfEditions ? new Link(urls.articlePdf(article.issueId(), article.slug()).url(), "Download this article (PDF)") : null);
        return new BuiltPage(view, meta(article.title(), article.description(), urls.article(article.issueId(), article.slug()).url()));
    }

    private IssueSummary issueSummary(Issue issue) {
        return new IssueSummary(issueLink(issue), issue.id().toString(), issue.period(), issue.status().label(), issue.inPress(),
            catalog.articlesIn(issue.id()).size());
    }

    private Link issueLink(Issue issue) {
        return new Link(urls.issue(issue.id()).url(), issue.title());
    }

    private ArticleSummary articleSummary(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        return new ArticleSummary(new Link(urls.article(article.issueId(), article.slug()).url(), article.title()),
            String.join("; ", article.authors()), DateLabels.day(article.date()),
            new Link(urls.issue(issue.id()).url(), issue.period()), article.description());
    }

    // ---- activities

    private List<Link> partyLinks(List<net.techmonitor.site.catalog.Organizers.Party> parties) {
        return parties.stream().map(party -> party.isPartner() ? partnerLink(catalog.partner(party.partnerId()).orElseThrow())
            : new Link(null, party.name())).toList();
    }

    private BuiltPage activity(Activity activity) {
        PageViews.ActivityView view = new PageViews.ActivityView(activity.title(),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.startDate().toString(), activity.endDate().toString(),
            activity.city(), countryLink(activity.country()), activity.role().label(), activity.organizedByTheCentre(),
            partyLinks(activity.organizers().organized()), partyLinks(activity.organizers().coOrganized()),
            partyLinks(activity.organizers().cooperation()),
            activity.partnerIds().stream().map(id -> catalog.partner(id).orElseThrow()).map(this::partnerLink).toList(),
            activity.participants().label(), activity.participants().estimated(),
            activity.countries().stream().map(this::countryLink).toList(), programmeLink(activity.programmeId()),
            themeLinks(activity.themeIds()), activity.scheduled(), activity.bodyHtml(),
            new Link(urls.activityYear(activity.year()).url(), "Activities of " + activity.year()));
        String description = activity.title() + ", " + activity.city() + ", " + activity.country().name() + ", "
            + DateLabels.range(activity.startDate(), activity.endDate()) + ".";
        return new BuiltPage(view, meta(activity.title(), description, urls.activity(activity.year(), activity.slug()).url()));
    }

    private ActivitySummary activitySummary(Activity activity) {
        return new ActivitySummary(new Link(urls.activity(activity.year(), activity.slug()).url(), activity.title()),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.startDate().toString(), activity.city(),
            countryLink(activity.country()), activity.role().label(), activity.participants().label(), activity.scheduled(),
            programmeLink(activity.programmeId()));
    }

    private BuiltPage activityIndex() {
        PageViews.ActivityListView view = new PageViews.ActivityListView("Capacity-building activities",
            "Workshops, conferences, regional consultations and training programmes that the Centre organized, supported or contributed to.",
            yearGroups(catalog.activities()), programmeGroups(catalog.activities()), yearLinks(), programmeLinks(), calendarLink());
        return new BuiltPage(view, meta("Capacity-building activities", view.summary(), urls.activityIndex().url()));
    }

    private BuiltPage activityYear(int year) {
        List<Activity> activities = catalog.activitiesInYear(year);
        PageViews.ActivityListView view = new PageViews.ActivityListView("Activities of " + year,
            activities.size() + " capacity-building " + (activities.size() == 1 ? "activity" : "activities") + " of the Centre in " + year + ".",
            yearGroups(activities), List.of(), yearLinks(), programmeLinks(), calendarLink());
        return new BuiltPage(view, meta(view.title(), view.summary(), urls.activityYear(year).url()));
    }

    private BuiltPage programme(Programme programme) {
        String id = programme.id();
        PageViews.ActivityListView view = new PageViews.ActivityListView(programme.title(), programme.summary(),
            yearGroups(catalog.activitiesInProgramme(id)), List.of(), yearLinks(), programmeLinks(), calendarLink());
        return new BuiltPage(view, meta(programme.title(), programme.summary(), urls.programme(id).url()));
    }

    private List<YearGroup> yearGroups(List<Activity> activities) {
        return activities.stream().map(Activity::year).distinct().sorted(Comparator.reverseOrder())
            .map(year -> new YearGroup(new Link(urls.activityYear(year).url(), String.valueOf(year)),
                activities.stream().filter(a -> a.year() == year).map(this::activitySummary).toList()))
            .toList();
    }

    private List<ProgrammeGroup> programmeGroups(List<Activity> activities) {
        return catalog.programmes().stream()
            .map(programme -> new ProgrammeGroup(programmeLink(programme.id()), programme.summary(),
                activities.stream().filter(a -> a.programmeId().equals(programme.id())).map(this::activitySummary).toList()))
            .toList();
    }

    private Link calendarLink() {
        return new Link(urls.calendar().url(), "Add the activities to your calendar (iCalendar)");
    }

    private List<Link> yearLinks() {
        return catalog.activityYears().stream().map(year -> new Link(urls.activityYear(year).url(), String.valueOf(year))).toList();
    }

    private List<Link> programmeLinks() {
        return catalog.programmes().stream().map(p -> programmeLink(p.id())).toList();
    }

    private Link programmeLink(String id) {
        Programme programme = catalog.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return new Link(urls.programme(id).url(), programme.title());
    }

    // ---- themes

    private BuiltPage theme(Theme theme) {
        PageViews.ThemeView view = new PageViews.ThemeView(theme.title(), theme.bodyHtml(),
            catalog.issuesWithTheme(theme.id()).stream().map(this::issueSummary).toList(),
            catalog.articlesWithTheme(theme.id()).stream().map(this::articleSummary).toList(),
            catalog.activitiesWithTheme(theme.id()).stream().map(this::activitySummary).toList());
        return new BuiltPage(view, meta(theme.title(), "Issues, articles and activities of the Asia-Pacific Tech Monitor and APCTT on "
            + inSentence(theme.title()) + ".", urls.theme(theme.id()).url()));
    }

    private BuiltPage themeIndex() {
        PageViews.ThemeIndexView view = new PageViews.ThemeIndexView(catalog.themes().stream()
            .map(theme -> new ThemeSummary(themeLink(theme), catalog.issuesWithTheme(theme.id()).size(),
                catalog.articlesWithTheme(theme.id()).size(), catalog.activitiesWithTheme(theme.id()).size()))
            .toList());
        return new BuiltPage(view, meta("Themes", "The themes of the Tech Monitor's issues and of the Centre's activities.",
            urls.themeIndex().url()));
    }

    private List<Link> themeLinks(List<String> ids) {
        return ids.stream().map(id -> catalog.theme(id).orElseThrow()).map(this::themeLink).toList();
    }

    private Link themeLink(Theme theme) {
        return new Link(urls.theme(theme.id()).url(), theme.title());
    }

    // ---- countries

    private BuiltPage country(Country country) {
        List<ContributionLine> contributions = new java.util.ArrayList<>();
        for (Contributions year : catalog.contributions()) {
            Link link = new Link(urls.contributions(year.year()).url(), year.title());
            year.pledges().stream().filter(p -> p.country().equals(country))
                .forEach(p -> contributions.add(new ContributionLine(link, "Pledged " + usd(p.amountUsd()) + " for " + year.year()
                    + (year.decision() == null ? "" : " (Commission decision " + year.decision() + ")"))));
            if (year.inKind().contains(country)) {
                contributions.add(new ContributionLine(link, "In-kind support for the Centre's activities (" + year.year() + ")"));
            }
        }
        PageViews.CountryView view = new PageViews.CountryView(country.name(), country.alpha2(), country.alpha3(),
            catalog.activitiesHostedIn(country).stream().map(this::activitySummary).toList(),
            catalog.activitiesJoinedBy(country).stream().map(this::activitySummary).toList(),
            catalog.articlesAbout(country).stream().map(this::articleSummary).toList(),
            catalog.partnersIn(country).stream().map(this::partnerLink).toList(),
            contributions,
            catalog.pagesMentioning(country).stream().map(p -> new Link(urls.page(p.slug()).url(), p.title())).toList(),
            new Link(urls.countryIndex().url(), "All countries"));
        return new BuiltPage(view, meta(country.name(), "Activities, articles, partner institutions and contributions of "
            + country.name() + " in the work of APCTT.", urls.country(country).url()));
    }

    private BuiltPage countryIndex() {
        PageViews.CountryIndexView view = new PageViews.CountryIndexView(catalog.countriesNamed().stream()
            .map(country -> new CountrySummary(countryLink(country), catalog.activitiesHostedIn(country).size(),
                catalog.activitiesJoinedBy(country).size(), catalog.articlesAbout(country).size(),
                catalog.partnersIn(country).size(),
                !catalog.pledgesOf(country).isEmpty() || !catalog.inKindContributionsOf(country).isEmpty()))
            .toList());
        return new BuiltPage(view, meta("Countries", "Every country named in the Tech Monitor and the Centre's activities.",
            urls.countryIndex().url()));
    }

    private Link countryLink(Country country) {
        return new Link(urls.country(country).url(), country.name());
    }

    // ---- partners, pages, contributions

    private BuiltPage partner(Partner partner) {
        PageViews.PartnerView view = new PageViews.PartnerView(partner.title(), partnerCountry(partner), partner.website(),
            partner.bodyHtml(), catalog.activitiesWithPartner(partner.id()).stream().map(this::activitySummary).toList(),
            new Link(urls.partnerIndex().url(), "All partner institutions"));
        // A name that already ends with its country ("MIMOS Berhad, Malaysia") is not followed by it again.
        boolean namesItsCountry = partner.country() == null || partner.title().endsWith(partner.country().name());
        return new BuiltPage(view, meta(partner.title(), partner.title()
            + (namesItsCountry ? "" : ", " + partner.country().name()) + ": a partner institution of APCTT.",
            urls.partner(partner.id()).url()));
    }

    private BuiltPage partnerIndex() {
        PageViews.PartnerIndexView view = new PageViews.PartnerIndexView(catalog.partners().stream()
            .map(partner -> new PartnerSummary(partnerLink(partner), partnerCountry(partner),
                catalog.activitiesWithPartner(partner.id()).size()))
            .toList());
        return new BuiltPage(view, meta("Partner institutions", "The institutions that work with APCTT in delivering its activities.",
            urls.partnerIndex().url()));
    }

    /** The partner's country link, or null for an international organization. */
    private Link partnerCountry(Partner partner) {
        return partner.country() == null ? null : countryLink(partner.country());
    }

    private Link partnerLink(Partner partner) {
        return new Link(urls.partner(partner.id()).url(), partner.title());
    }

    private BuiltPage page(Page page) {
        PageViews.PlainPageView view = new PageViews.PlainPageView(page.title(), page.bodyHtml(),
            page.countries().stream().map(this::countryLink).toList(),
            page.list().filter(ReportList.PARTNERS::equals).map(list -> reportPartners()).orElse(List.of()),
            page.list().filter(ReportList.ISSUES::equals).map(list -> reportIssues()).orElse(List.of()),
            page.section().map(section -> new Link(urls.report().url() + "#" + sectionId(section),
                "Report on the activities of the Centre, " + reportPeriod.label())).orElse(null));
        return new BuiltPage(view, meta(page.title(), page.title() + ": Asian and Pacific Centre for Transfer of Technology.",
            urls.page(page.slug()).url()));
    }

    private BuiltPage contributions(Contributions year) {
        PageViews.ContributionsView view = new PageViews.ContributionsView(year.title(), year.year(), year.decision(),
            year.pledges().stream().sorted(Comparator.comparing(Pledge::country)).map(p -> new PledgeLine(countryLink(p.country()), usd(p.amountUsd()))).toList(),
            usd(year.totalPledgedUsd()), year.inKind().stream().sorted().map(this::countryLink).toList(), year.bodyHtml());
        return new BuiltPage(view, meta(year.title(), "Contributions of member States to APCTT for " + year.year() + ".",
            urls.contributions(year.year()).url()));
    }

    // ---- the activity report and statistics

    private BuiltPage report() {
        HeadlineFigures figures = HeadlineFigures.of(catalog.activities(), catalog.partners(), reportPeriod);
        List<Activity> inPeriod = activitiesOfReportPeriod();
        List<IssueSummary> issues = reportIssues();
        List<Link> partners = reportPartners();

        // The sections in the report's order: the programme areas give theirs from the period's activities, pages the rest.
        java.util.TreeMap<ReportSection, PageViews.ReportPart> parts = new java.util.TreeMap<>();
        for (Programme programme : catalog.programmes()) {
            List<PageViews.ReportActivity> activities = inPeriod.stream().filter(a -> a.programmeId().equals(programme.id()))
                .map(this::reportActivity).toList();
            ReportSection section = ReportSection.parse(programme.reportSection()).orElse(null);
            if (section != null && !activities.isEmpty()) {
                parts.put(section, new PageViews.ReportPart(sectionId(section), section.label(),
                    new Link(urls.programme(programme.id()).url(), programme.reportHeading()), programme.summary(), "", activities,
                    List.of(), List.of()));
            }
        }
        for (Page page : catalog.pages()) {
            page.section().ifPresent(section -> parts.put(section, new PageViews.ReportPart(sectionId(section), section.label(),
                new Link(urls.page(page.slug()).url(), page.title()), "",
                Headings.lower(page.bodyHtml(), section.part() == ReportSection.Part.LETTERED ? 2 : 1), List.of(),
                page.list().filter(ReportList.PARTNERS::equals).map(list -> partners).orElse(List.of()),
                page.list().filter(ReportList.ISSUES::equals).map(list -> issues).orElse(List.of()))));
        }
        PageViews.ReportPart introduction = parts.entrySet().stream()
            .filter(entry -> entry.getKey().part() == ReportSection.Part.INTRODUCTION).map(java.util.Map.Entry::getValue).findFirst()
            .map(part -> new PageViews.ReportPart(part.id(), part.label(), new Link(part.heading().url(), "Introduction"), "",
                part.bodyHtml(), List.of(), List.of(), List.of()))
            .orElse(new PageViews.ReportPart("section-introduction", "I", new Link("", "Introduction"), "", "", List.of(), List.of(), List.of()));
        List<PageViews.ReportPart> results = partsOf(parts, ReportSection.Part.LETTERED);
        List<PageViews.ReportPart> annexes = partsOf(parts, ReportSection.Part.ANNEX);

        String title = "Report on the activities of the Asian and Pacific Centre for Transfer of Technology during the period "
            + reportPeriod.label();
        PageViews.ReportView view = new PageViews.ReportView(title, reportPeriod.label(), figures.activities(),
            figures.hostCountries().stream().map(this::countryLink).toList(), figures.partnerInstitutions(), figures.participantsLabel(),
            figures.participantsNote(), introduction,
            "Major results in capacity-building activities between " + reportPeriod.label().replace(" to ", " and "), results, annexes);
        return new BuiltPage(view, meta(title,
            "The Centre's report on its activities from " + reportPeriod.label() + ", section by section: the capacity-building activities"
                + " by programme area, computed from the activity notes, and the Centre's own accounts of the other sections.",
            urls.report().url()));
    }

    private List<Activity> activitiesOfReportPeriod() {
        return catalog.activities().stream().filter(a -> reportPeriod.contains(a.startDate())).toList();
    }

    /** The issues of the report's period: those whose cover quarter overlaps it (October–December 2017 does, for December 2017). */
    private List<IssueSummary> reportIssues() {
        return catalog.issues().stream().filter(issue -> overlapsReportPeriod(issue.id()))
            .sorted(Comparator.comparing(Issue::id)).map(this::issueSummary).toList();
    }

    /** The partner institutions of the report's period, by name. */
    private List<Link> reportPartners() {
        return HeadlineFigures.partnerIds(activitiesOfReportPeriod(), catalog.partners(), reportPeriod).stream()
            .map(id -> catalog.partner(id).orElseThrow()).sorted(Comparator.comparing(Partner::title)).map(this::partnerLink).toList();
    }

    private static String sectionId(ReportSection section) {
        return "section-" + section.written().toLowerCase(Locale.ROOT);
    }

    private static List<PageViews.ReportPart> partsOf(java.util.SortedMap<ReportSection, PageViews.ReportPart> parts, ReportSection.Part part) {
        return parts.entrySet().stream().filter(entry -> entry.getKey().part() == part).map(java.util.Map.Entry::getValue).toList();
    }

    private boolean overlapsReportPeriod(IssueId id) {
        java.time.LocalDate quarterStart = java.time.LocalDate.of(id.year(), id.firstMonth(), 1);
        java.time.LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        return !quarterEnd.isBefore(reportPeriod.start()) && !quarterStart.isAfter(reportPeriod.end());
    }

    private PageViews.ReportActivity reportActivity(Activity activity) {
        return new PageViews.ReportActivity(new Link(urls.activity(activity.year(), activity.slug()).url(), activity.title()),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.city() + ", " + activity.country().name(),
            activity.role().label(), activity.partnerIds().stream().map(id -> partnerLink(catalog.partner(id).orElseThrow())).toList(),
            activity.participants().label(), activity.scheduled(), activity.countries().stream().map(this::countryLink).toList());
    }

    private BuiltPage statistics() {
        List<Country> hosts = catalog.activities().stream().map(Activity::country).distinct().sorted().toList();
        List<PageViews.Chart> charts = new ArrayList<>();
        charts.add(chart("participants-by-host", "Participants by host country",
            "Participants of the Centre's activities, summed by the country that hosted them", "Host country", "Participants",
            hosts.stream().map(country -> new Counted(countryLink(country),
                catalog.activitiesHostedIn(country).stream().mapToLong(a -> a.participants().count()).sum())).toList())
            .withNote(participantSumsNote(hosts)));
        charts.add(chart("activities-by-programme", "Activities by programme area",
            "Number of the Centre's activities in each programme area", "Programme area", "Activities",
            catalog.programmes().stream().map(p -> new Counted(programmeLink(p.id()), catalog.activitiesInProgramme(p.id()).size())).toList()));
        charts.add(chart("expert-countries", "Countries whose experts and participants took part",
            "Number of activities each country's experts or participants took part in", "Country", "Activities",
            catalog.countriesNamed().stream().map(country -> new Counted(countryLink(country), catalog.activitiesJoinedBy(country).size()))
                .filter(counted -> counted.value() > 0).toList()));
        return new BuiltPage(new PageViews.StatisticsView(charts), meta("Statistics",
            "The Centre's activities in figures: participants by host country, activities by programme area and participating countries.",
            urls.statistics().url()));
    }

    /** Which host countries' sums hold round figures or expected participants, as the note beside the chart says. */
    private String participantSumsNote(List<Country> hosts) {
        List<String> parts = new ArrayList<>();
        List<String> round = hosts.stream().filter(country -> catalog.activitiesHostedIn(country).stream()
            .anyMatch(a -> a.participants().estimated())).map(Country::name).toList();
        List<String> expected = hosts.stream().filter(country -> catalog.activitiesHostedIn(country).stream()
            .anyMatch(Activity::scheduled)).map(Country::name).toList();
        if (!round.isEmpty()) {
            parts.add("the sums for " + String.join(", ", round) + " add round figures (“about” or “over”) as written");
        }
        if (!expected.isEmpty()) {
            parts.add("those for " + String.join(", ", expected) + " include participants expected at activities still ahead when the"
                + " Centre reported");
        }
        return parts.isEmpty() ? "" : "Sums of the activity notes' figures: " + String.join("; ", parts) + ".";
    }

    private record Counted(Link label, long value) {
    }

    private static PageViews.Chart chart(String id, String title, String description, String labelHeading, String valueHeading,
                                         List<Counted> counted) {
        List<Counted> sorted = counted.stream().sorted(Comparator.comparingLong(Counted::value).reversed()
            .thenComparing(c -> c.label().label())).toList();
        String svg = BarChart.svg(id, title, description + ", largest first.",
            sorted.stream().map(c -> new BarChart.Bar(c.label().label(), c.value())).toList());
        return new PageViews.Chart(id, title, svg, labelHeading, valueHeading,
            sorted.stream().map(c -> new net.techmonitor.site.render.view.Summaries.Row(c.label(),
                String.format(Locale.ROOT, "%,d", c.value()))).toList(), "");
    }

    /**
     * A title inside a sentence: its first word in lower case unless it is an acronym or a name ("SMEs", "SDGs", "Asia"
     * keep their capitals, as in the title), so "Start-ups and SMEs" reads "start-ups and SMEs".
     */
    static String inSentence(String title) {
        if (title.isEmpty()) {
            return title;
        }
        int end = title.indexOf(' ');
        String first = end < 0 ? title : title.substring(0, end);
        boolean plainWord = first.length() > 1 && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ENGLISH))
            && !PROPER_FIRST_WORDS.contains(first);
        return plainWord ? Character.toLowerCase(first.charAt(0)) + title.substring(1) : title;
    }

    /** First words of theme titles that are names, kept capitalised in a sentence. */
    private static final java.util.Set<String> PROPER_FIRST_WORDS = java.util.Set.of("Asia", "Asian", "Asia-Pacific", "ASEAN", "Pacific");

    static String usd(long amount) {
        return String.format(Locale.ROOT, "US$%,d", amount);
    }
}
