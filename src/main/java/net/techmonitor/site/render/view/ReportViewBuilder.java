package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.HeadlineFigures;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Page;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.ReportList;
import net.techmonitor.site.catalog.ReportSection;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.view.Summaries.IssueSummary;
import net.techmonitor.site.urls.SiteUrls;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The view of the Centre's report on one period, and the lists of the period that pages of the report's sections also
 * show (its partner institutions and its issues).
 */
final class ReportViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;
    private final ReportingPeriod reportPeriod;
    private final CountryMapViewBuilder maps;

    ReportViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts, ReportingPeriod reportPeriod, CountryMapViewBuilder maps) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
        this.reportPeriod = reportPeriod;
        this.maps = maps;
    }

    PageViews.ReportView report() {
        HeadlineFigures figures = HeadlineFigures.of(catalog.activities(), catalog.partners(), reportPeriod);
        List<Activity> inPeriod = activitiesOfReportPeriod();
        List<IssueSummary> issues = reportIssues();
        List<Link> partners = reportPartners();

        // The sections in the report's order: the programme areas give theirs from the period's activities, pages the rest.
        TreeMap<ReportSection, PageViews.ReportPart> sections = new TreeMap<>();
        for (Programme programme : catalog.programmes()) {
            List<PageViews.ReportActivity> activities = inPeriod.stream().filter(a -> a.programmeId().equals(programme.id()))
                .map(this::reportActivity).toList();
            ReportSection section = ReportSection.parse(programme.reportSection()).orElse(null);
            if (section != null && !activities.isEmpty()) {
                sections.put(section, new PageViews.ReportPart(sectionId(section), section.label(),
                    new Link(urls.programme(programme.id()).url(), programme.reportHeading()), programme.summary(), "", activities,
                    List.of(), List.of()));
            }
        }
        for (Page page : catalog.reportSectionPages()) {
            page.section().ifPresent(section -> sections.put(section, new PageViews.ReportPart(sectionId(section), section.label(),
                new Link(urls.page(page.slug()).url(), page.title()), "",
                Headings.lower(page.bodyHtml(), section.part() == ReportSection.Part.LETTERED ? 2 : 1), List.of(),
                page.list().filter(ReportList.PARTNERS::equals).map(list -> partners).orElse(List.of()),
                page.list().filter(ReportList.ISSUES::equals).map(list -> issues).orElse(List.of()))));
        }
        PageViews.ReportPart introduction = sections.entrySet().stream()
            .filter(entry -> entry.getKey().part() == ReportSection.Part.INTRODUCTION).map(Map.Entry::getValue).findFirst()
            .map(part -> new PageViews.ReportPart(part.id(), part.label(), new Link(part.heading().url(), "Introduction"), "",
                part.bodyHtml(), List.of(), List.of(), List.of()))
            .orElse(new PageViews.ReportPart("section-introduction", "I", new Link("", "Introduction"), "", "", List.of(), List.of(), List.of()));
        List<PageViews.ReportPart> results = partsOf(sections, ReportSection.Part.LETTERED);
        List<PageViews.ReportPart> annexes = partsOf(sections, ReportSection.Part.ANNEX);

        return new PageViews.ReportView(reportPeriod.startLabel(), reportPeriod.endLabel(), figures.activities(),
            parts.countryLinks(figures.hostCountries()), figures.partnerInstitutions(), figures.participantsLabel(),
            figures.participantsNote(), maps.map("period-map", reportPeriod.label(), inPeriod), introduction, results, annexes);
    }

    /** The issues of the report's period: those whose cover quarter overlaps it. */
    List<IssueSummary> reportIssues() {
        return catalog.issues().stream().filter(issue -> reportPeriod.overlapsQuarterOf(issue.id()))
            .sorted(Comparator.comparing(Issue::id)).map(parts::issueSummary).toList();
    }

    /** The partner institutions of the report's period, by name. */
    List<Link> reportPartners() {
        return HeadlineFigures.partnerIds(activitiesOfReportPeriod(), catalog.partners(), reportPeriod).stream()
            .map(id -> catalog.partner(id).orElseThrow()).sorted(Comparator.comparing(Partner::title)).map(parts::partnerLink).toList();
    }

    /** Where the report's page shows this section. */
    String sectionUrl(ReportSection section) {
        return urls.report().url() + "#" + sectionId(section);
    }

    private List<Activity> activitiesOfReportPeriod() {
        return catalog.activities().stream().filter(a -> reportPeriod.contains(a.startDate())).toList();
    }

    private static String sectionId(ReportSection section) {
        return "section-" + section.written().toLowerCase(Locale.ROOT);
    }

    private static List<PageViews.ReportPart> partsOf(SortedMap<ReportSection, PageViews.ReportPart> sections, ReportSection.Part part) {
        return sections.entrySet().stream().filter(entry -> entry.getKey().part() == part).map(Map.Entry::getValue).toList();
    }

    private PageViews.ReportActivity reportActivity(Activity activity) {
        return new PageViews.ReportActivity(new Link(urls.activity(activity.year(), activity.slug()).url(), activity.title()),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.city() + ", " + activity.country().name(),
            activity.role().label(), parts.partnerLinks(activity.partnerIds()),
            activity.participants().label(), activity.scheduled(), parts.countryLinks(activity.countries()));
    }
}
