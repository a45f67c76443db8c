package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.TechnologyKind;
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
import net.techmonitor.site.render.PageSubject.TechnologyFromPage;
import net.techmonitor.site.render.PageSubject.TechnologyOfKindPage;
import net.techmonitor.site.render.PageSubject.TechnologyPage;
import net.techmonitor.site.render.PageSubject.TechnologyWithThemePage;
import net.techmonitor.site.render.PageSubject.ThemePage;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;

/** The list of every page of the site, derived from the catalog: what JBake is given to render. */
public final class SitePages {
    private SitePages() {
    }

    public static List<PageSpec> contentPages(Catalog catalog, SiteUrls urls) {
        List<PageSpec> pages = new ArrayList<>();
        catalog.issues().forEach(issue -> pages.add(new PageSpec(new IssuePage(issue), urls.issue(issue.id()), issue.source().path())));
        catalog.articles().forEach(article -> pages.add(new PageSpec(new ArticlePage(article),
            urls.article(article.issueId(), article.slug()), article.source().path())));
        catalog.technology().forEach(entry -> pages.add(new PageSpec(new TechnologyPage(entry),
            urls.technologyEntry(entry.issueId(), entry.slug()), entry.source().path())));
        catalog.activities().forEach(activity -> pages.add(new PageSpec(new ActivityPage(activity),
            urls.activity(activity.year(), activity.slug()), activity.source().path())));
        catalog.themes().forEach(theme -> pages.add(new PageSpec(new ThemePage(theme), urls.theme(theme.id()), theme.source().path())));
        catalog.partners().forEach(partner -> pages.add(new PageSpec(new PartnerPage(partner), urls.partner(partner.id()), partner.source().path())));
        catalog.pages().forEach(page -> pages.add(new PageSpec(new PlainPage(page), urls.page(page.slug()), page.source().path())));
        catalog.contributions().forEach(year -> pages.add(new PageSpec(new ContributionsPage(year),
            urls.contributions(year.year()), year.source().path())));
        return pages;
    }

    public static List<PageSpec> generatedPages(Catalog catalog, SiteUrls urls) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(new PageSpec(Singleton.HOME, urls.home()));
        pages.add(new PageSpec(Singleton.ISSUE_ARCHIVE, urls.issueArchive()));
        pages.add(new PageSpec(Singleton.ACTIVITY_INDEX, urls.activityIndex()));
        catalog.activityYears().forEach(year -> pages.add(new PageSpec(new ActivityYearPage(year), urls.activityYear(year))));
        catalog.programmes().forEach(programme -> pages.add(new PageSpec(new ProgrammePage(programme), urls.programme(programme.id()))));
        pages.add(new PageSpec(Singleton.THEME_INDEX, urls.themeIndex()));
        pages.add(new PageSpec(Singleton.COUNTRY_INDEX, urls.countryIndex()));
        catalog.countriesNamed().forEach(country -> pages.add(new PageSpec(new CountryPage(country), urls.country(country))));
        pages.add(new PageSpec(Singleton.PARTNER_INDEX, urls.partnerIndex()));
        pages.add(new PageSpec(Singleton.NOT_FOUND, urls.notFound()));
        pages.add(new PageSpec(Singleton.REPORT, urls.report()));
        pages.add(new PageSpec(Singleton.STATISTICS, urls.statistics()));
        pages.add(new PageSpec(Singleton.SEARCH, urls.search()));
        // The listing is there even with nothing in it, so that its address never changes; a filter's page only
        // where the filter has entries, which is where the listing links.
        pages.add(new PageSpec(Singleton.TECHNOLOGY_INDEX, urls.technologyIndex()));
        for (TechnologyKind kind : TechnologyKind.values()) {
            if (!catalog.technologyOfKind(kind).isEmpty()) {
                pages.add(new PageSpec(new TechnologyOfKindPage(kind), urls.technologyOfKind(kind.segment())));
            }
        }
        catalog.technologyCountries().forEach(country -> pages.add(new PageSpec(new TechnologyFromPage(country), urls.technologyFrom(country))));
        catalog.technologyThemes().forEach(theme -> pages.add(new PageSpec(new TechnologyWithThemePage(theme), urls.technologyWithTheme(theme.id()))));
        return pages;
    }

    /**
     * Whether the page shows the body of one of these documents (by source path): its own document's, and, on the
     * report page, those of the report's sections. A save or build that changed only bodies works out only the pages
     * that show them, so a view that shows another document's body must be named here (BodiesShownElsewhereTest finds
     * every such page). Asked of every page on such a save: the page's own source first, without allocating.
     */
    public static boolean showsBodyOf(PageSpec page, Catalog catalog, java.util.Set<String> sources) {
        if (page.sourcePath() != null && sources.contains(page.sourcePath())) {
            return true;
        }
        return page.subject() == Singleton.REPORT
            && catalog.reportSectionPages().stream().anyMatch(section -> sources.contains(section.source().path()));
    }
}
