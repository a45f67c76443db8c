package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;

/** The list of every page of the site, derived from the catalog: what JBake is given to render. */
public final class SitePages {
    private SitePages() {
    }

    public static List<PageSpec> contentPages(Catalog catalog, SiteUrls urls) {
        List<PageSpec> pages = new ArrayList<>();
        catalog.issues().forEach(issue -> pages.add(new PageSpec(PageKind.ISSUE, issue.id().toString(), urls.issue(issue.id()), issue.source().path())));
        catalog.articles().forEach(article -> pages.add(new PageSpec(PageKind.ARTICLE, PageKeys.of(article),
            urls.article(article.issueId(), article.slug()), article.source().path())));
        catalog.activities().forEach(activity -> pages.add(new PageSpec(PageKind.ACTIVITY, PageKeys.of(activity),
            urls.activity(activity.year(), activity.slug()), activity.source().path())));
        catalog.themes().forEach(theme -> pages.add(new PageSpec(PageKind.THEME, theme.id(), urls.theme(theme.id()), theme.source().path())));
        catalog.partners().forEach(partner -> pages.add(new PageSpec(PageKind.PARTNER, partner.id(), urls.partner(partner.id()), partner.source().path())));
        catalog.pages().forEach(page -> pages.add(new PageSpec(PageKind.PAGE, page.slug(), urls.page(page.slug()), page.source().path())));
        catalog.contributions().forEach(year -> pages.add(new PageSpec(PageKind.CONTRIBUTIONS, String.valueOf(year.year()),
            urls.contributions(year.year()), year.source().path())));
        return pages;
    }

    public static List<PageSpec> generatedPages(Catalog catalog, SiteUrls urls) {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(new PageSpec(PageKind.HOME, "", urls.home()));
        pages.add(new PageSpec(PageKind.ISSUE_ARCHIVE, "", urls.issueArchive()));
        pages.add(new PageSpec(PageKind.ACTIVITY_INDEX, "", urls.activityIndex()));
        catalog.activityYears().forEach(year -> pages.add(new PageSpec(PageKind.ACTIVITY_YEAR, String.valueOf(year), urls.activityYear(year))));
        catalog.programmes().forEach(programme -> pages.add(new PageSpec(PageKind.PROGRAMME, programme.id(), urls.programme(programme.id()))));
        pages.add(new PageSpec(PageKind.THEME_INDEX, "", urls.themeIndex()));
        pages.add(new PageSpec(PageKind.COUNTRY_INDEX, "", urls.countryIndex()));
        catalog.countriesNamed().forEach(country -> pages.add(new PageSpec(PageKind.COUNTRY, country.alpha2(), urls.country(country))));
        pages.add(new PageSpec(PageKind.PARTNER_INDEX, "", urls.partnerIndex()));
        pages.add(new PageSpec(PageKind.NOT_FOUND, "", urls.notFound()));
        pages.add(new PageSpec(PageKind.REPORT, "", urls.report()));
        pages.add(new PageSpec(PageKind.STATISTICS, "", urls.statistics()));
        pages.add(new PageSpec(PageKind.SEARCH, "", urls.search()));
        return pages;
    }
}
