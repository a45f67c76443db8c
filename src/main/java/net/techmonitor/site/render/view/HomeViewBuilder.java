package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.HeadlineFigures;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.urls.SiteUrls;

import java.time.Month;
import java.util.Comparator;
import java.util.List;

/** The view of the home page: the latest period's figures, the latest issue, recent activities and the programme areas. */
final class HomeViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;
    private final Month reportingStartMonth;
    private final ReportingPeriod reportPeriod;

    HomeViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts, Month reportingStartMonth, ReportingPeriod reportPeriod) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
        this.reportingStartMonth = reportingStartMonth;
        this.reportPeriod = reportPeriod;
    }

    PageViews.HomeView home() {
        ReportingPeriod period = ReportingPeriod.latest(catalog.activities(), reportingStartMonth).orElse(null);
        HeadlineFigures figures = period == null ? null : HeadlineFigures.of(catalog.activities(), catalog.partners(), period);
        List<Activity> recent = catalog.activities().stream()
            .sorted(Comparator.comparing(Activity::startDate).reversed()).limit(4).toList();
        return new PageViews.HomeView(
            period == null ? "" : period.label(),
            figures == null ? 0 : figures.activities(),
            figures == null ? List.of() : parts.countryLinks(figures.hostCountries()),
            figures == null ? 0 : figures.partnerInstitutions(),
            figures == null ? "0" : figures.participantsLabel(),
            figures == null ? "" : figures.participantsNote(),
            catalog.issues().isEmpty() ? null : parts.issueSummary(catalog.issues().get(0)),
            parts.activitySummaries(recent),
            parts.programmeGroups(catalog.activities()),
            urls.issueArchive().url(), urls.activityIndex().url(), urls.themeIndex().url(), urls.countryIndex().url(),
            urls.partnerIndex().url(),
            catalog.page("about").map(p -> new Link(urls.page(p.slug()).url(), p.title())).orElse(null),
            urls.report().url(), reportPeriod.label(), urls.statistics().url(), urls.technologyIndex().url());
    }
}
