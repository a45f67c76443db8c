package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.reference.RegionMap;
import net.techmonitor.site.render.PageSubject;
import net.techmonitor.site.render.PageSubject.ActivityPage;
import net.techmonitor.site.render.PageSubject.ActivityYearPage;
import net.techmonitor.site.render.PageSubject.ArticlePage;
import net.techmonitor.site.render.PageSubject.ContributionsPage;
import net.techmonitor.site.render.PageSubject.CountryPage;
import net.techmonitor.site.render.PageSubject.IssuePage;
import net.techmonitor.site.render.PageSubject.PartnerPage;
import net.techmonitor.site.render.PageSubject.PlainPage;
import net.techmonitor.site.render.PageSubject.ProgrammePage;
import net.techmonitor.site.render.PageSubject.Singleton;
import net.techmonitor.site.render.PageSubject.TechnologyListPage;
import net.techmonitor.site.render.PageSubject.TechnologyPage;
import net.techmonitor.site.render.PageSubject.ThemePage;
import net.techmonitor.site.urls.SiteUrls;

import java.time.Month;

/**
 * Builds each page's view model and its title and description from the catalog: pure functions of (catalog, URLs,
 * settings), tested without JBake. This class only chooses, by the page's subject, the builder of its family; links
 * come from {@link SiteUrls}, counts and figures are computed, never typed in, and the titles and descriptions are
 * worded in {@link PageMetas}.
 */
public final class PageViewBuilder {
    private final PageMetas metas;
    private final IssueViewBuilder issues;
    private final ActivityViewBuilder activities;
    private final ThemeViewBuilder themes;
    private final CountryViewBuilder countries;
    private final PartnerViewBuilder partners;
    private final HomeViewBuilder home;
    private final ReportViewBuilder report;
    private final StatisticsViewBuilder statistics;
    private final SimplePageViewBuilder simplePages;
    private final TechnologyViewBuilder technology;

    /** @param pdfEditions whether the PDF editions are written, so issue and article pages link to them */
    public PageViewBuilder(Catalog catalog, SiteUrls urls, Month reportingStartMonth, ReportingPeriod reportPeriod, boolean pdfEditions) {
        ViewParts parts = new ViewParts(catalog, urls);
        this.metas = new PageMetas(catalog, urls, reportPeriod);
        this.issues = new IssueViewBuilder(catalog, urls, parts, pdfEditions);
        this.activities = new ActivityViewBuilder(catalog, urls, parts);
        this.themes = new ThemeViewBuilder(catalog, urls, parts);
        this.countries = new CountryViewBuilder(catalog, urls, parts);
        this.partners = new PartnerViewBuilder(catalog, urls, parts);
        this.home = new HomeViewBuilder(catalog, urls, parts, reportingStartMonth, reportPeriod);
        CountryMapViewBuilder maps = new CountryMapViewBuilder(parts, RegionMap.load());
        this.report = new ReportViewBuilder(catalog, urls, parts, reportPeriod, maps);
        this.statistics = new StatisticsViewBuilder(catalog, parts, reportingStartMonth, maps);
        this.simplePages = new SimplePageViewBuilder(urls, parts, report, reportPeriod);
        this.technology = new TechnologyViewBuilder(catalog, urls, parts);
    }

    /** A page's view model and head metadata. */
    public record BuiltPage(PageView view, PageMeta meta) {
    }

    public BuiltPage build(PageSubject subject) {
        if (subject instanceof IssuePage page) {
            return new BuiltPage(issues.issue(page.issue()), metas.issue(page.issue()));
        } else if (subject instanceof ArticlePage page) {
            return new BuiltPage(issues.article(page.article()), metas.article(page.article()));
        } else if (subject instanceof TechnologyPage page) {
            return new BuiltPage(technology.entry(page.entry()), metas.technology(page.entry()));
        } else if (subject instanceof TechnologyListPage page) {
            return new BuiltPage(technology.list(page), metas.technologyList(page, technology.entries(page).size()));
        } else if (subject instanceof ActivityPage page) {
            return new BuiltPage(activities.activity(page.activity()), metas.activity(page.activity()));
        } else if (subject instanceof ActivityYearPage page) {
            return new BuiltPage(activities.activityYear(page.year()), metas.activityYear(page.year()));
        } else if (subject instanceof ProgrammePage page) {
            return new BuiltPage(activities.programme(page.programme()), metas.programme(page.programme()));
        } else if (subject instanceof ThemePage page) {
            return new BuiltPage(themes.theme(page.theme()), metas.theme(page.theme()));
        } else if (subject instanceof CountryPage page) {
            return new BuiltPage(countries.country(page.country()), metas.country(page.country()));
        } else if (subject instanceof PartnerPage page) {
            return new BuiltPage(partners.partner(page.partner()), metas.partner(page.partner()));
        } else if (subject instanceof PlainPage page) {
            return new BuiltPage(simplePages.page(page.page()), metas.page(page.page()));
        } else if (subject instanceof ContributionsPage page) {
            return new BuiltPage(simplePages.contributions(page.contributions()), metas.contributions(page.contributions()));
        } else if (subject instanceof Singleton page) {
            return singleton(page);
        }
        throw new IllegalArgumentException("no view for the page subject " + subject);
    }

    private BuiltPage singleton(Singleton page) {
        return switch (page) {
            case HOME -> new BuiltPage(home.home(), metas.home());
            case ISSUE_ARCHIVE -> new BuiltPage(issues.issueArchive(), metas.issueArchive());
            case ACTIVITY_INDEX -> new BuiltPage(activities.activityIndex(), metas.activityIndex());
            case THEME_INDEX -> new BuiltPage(themes.themeIndex(), metas.themeIndex());
            case COUNTRY_INDEX -> new BuiltPage(countries.countryIndex(), metas.countryIndex());
            case PARTNER_INDEX -> new BuiltPage(partners.partnerIndex(), metas.partnerIndex());
            case REPORT -> new BuiltPage(report.report(), metas.report());
            case STATISTICS -> new BuiltPage(statistics.statistics(), metas.statistics());
            case SEARCH -> new BuiltPage(simplePages.search(), metas.search());
            case NOT_FOUND -> new BuiltPage(simplePages.notFound(), metas.notFound());
            case TECHNOLOGY_INDEX -> new BuiltPage(technology.index(), metas.technologyIndex());
        };
    }
}
