package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Contributions;
import net.techmonitor.site.catalog.Page;
import net.techmonitor.site.catalog.Pledge;
import net.techmonitor.site.catalog.ReportList;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.render.view.Summaries.PledgeLine;
import net.techmonitor.site.urls.SiteUrls;

import java.util.Comparator;
import java.util.List;

/** The views of the plain pages (about, a section of the report), the contributions of a year, search and "not found". */
final class SimplePageViewBuilder {
    private final SiteUrls urls;
    private final ViewParts parts;
    private final ReportViewBuilder report;
    private final ReportingPeriod reportPeriod;

    SimplePageViewBuilder(SiteUrls urls, ViewParts parts, ReportViewBuilder report, ReportingPeriod reportPeriod) {
        this.urls = urls;
        this.parts = parts;
        this.report = report;
        this.reportPeriod = reportPeriod;
    }

    PageViews.PlainPageView page(Page page) {
        return new PageViews.PlainPageView(page.title(), page.bodyHtml(), parts.countryLinks(page.countries()),
            page.list().filter(ReportList.PARTNERS::equals).map(list -> report.reportPartners()).orElse(List.of()),
            page.list().filter(ReportList.ISSUES::equals).map(list -> report.reportIssues()).orElse(List.of()),
            page.section().map(report::sectionUrl).orElse(null), reportPeriod.label());
    }

    PageViews.ContributionsView contributions(Contributions year) {
        return new PageViews.ContributionsView(year.title(), year.year(), year.decision(),
            year.pledges().stream().sorted(Comparator.comparing(Pledge::country))
                .map(p -> new PledgeLine(parts.countryLink(p.country()), ViewParts.usd(p.amountUsd()))).toList(),
            ViewParts.usd(year.totalPledgedUsd()), year.inKind().stream().sorted().map(parts::countryLink).toList(), year.bodyHtml());
    }

    PageViews.SearchView search() {
        return new PageViews.SearchView(urls.searchManifest().url(), urls.file("js/search.js"), urls.search().url());
    }

    PageViews.NotFoundView notFound() {
        return new PageViews.NotFoundView(urls.home().url(), urls.issueArchive().url(), urls.activityIndex().url());
    }
}
