package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.catalog.TechnologyKind;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.PageSubject.TechnologyFromPage;
import net.techmonitor.site.render.PageSubject.TechnologyListPage;
import net.techmonitor.site.render.PageSubject.TechnologyOfKindPage;
import net.techmonitor.site.render.PageSubject.TechnologyWithThemePage;
import net.techmonitor.site.render.view.Summaries.FilterValue;
import net.techmonitor.site.urls.SiteUrls;

import java.util.Arrays;
import java.util.List;

/**
 * The views of a technology offer or request, of the listing of them all, and of the listing of one filter value (a
 * kind, a country, a theme). Every listing carries every filter as links to the filter's pages, so that filtering
 * works without a script; the whole listing also names the script that filters it in place.
 */
final class TechnologyViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;

    TechnologyViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
    }

    PageViews.TechnologyView entry(TechnologyEntry entry) {
        Issue issue = catalog.issue(entry.issueId()).orElseThrow();
        return new PageViews.TechnologyView(entry.title(), entry.kind().label(),
            new Link(urls.technologyOfKind(entry.kind().segment()).url(), entry.kind().plural()),
            DateLabels.day(entry.date()), entry.date().toString(), parts.issueLink(issue), issue.period(),
            parts.countryLink(entry.country()), parts.themeLinks(entry.themeIds()), entry.description(), entry.contact(),
            entry.bodyHtml(), urls.technologyIndex().url());
    }

    PageViews.TechnologyListView index() {
        return new PageViews.TechnologyListView(parts.technologySummaries(catalog.technology()), filters(null),
            catalog.technology().size(), urls.file("js/technology-filter.js"));
    }

    PageViews.TechnologyListView list(TechnologyListPage page) {
        List<TechnologyEntry> entries = entries(page);
        return new PageViews.TechnologyListView(parts.technologySummaries(entries), filters(page), catalog.technology().size(), null);
    }

    /** The entries of one filter value, newest first. */
    List<TechnologyEntry> entries(TechnologyListPage page) {
        if (page instanceof TechnologyOfKindPage kind) {
            return catalog.technologyOfKind(kind.technologyKind());
        } else if (page instanceof TechnologyFromPage from) {
            return catalog.technologyFrom(from.country());
        } else if (page instanceof TechnologyWithThemePage theme) {
            return catalog.technologyWithTheme(theme.theme().id());
        }
        throw new IllegalArgumentException("no listing for " + page);
    }

    /** @param current the filter page being shown, or null for the whole listing */
    private Summaries.TechnologyFilters filters(TechnologyListPage current) {
        List<FilterValue> kinds = Arrays.stream(TechnologyKind.values())
            .filter(kind -> !catalog.technologyOfKind(kind).isEmpty())
            .map(kind -> new FilterValue(new Link(urls.technologyOfKind(kind.segment()).url(), kind.plural()), kind.written(),
                catalog.technologyOfKind(kind).size(), new TechnologyOfKindPage(kind).equals(current)))
            .toList();
        List<FilterValue> countries = catalog.technologyCountries().stream()
            .map(country -> new FilterValue(new Link(urls.technologyFrom(country).url(), country.name()), country.slug(),
                catalog.technologyFrom(country).size(), new TechnologyFromPage(country).equals(current)))
            .toList();
        List<FilterValue> themes = catalog.technologyThemes().stream()
            .map(theme -> new FilterValue(new Link(urls.technologyWithTheme(theme.id()).url(), theme.title()), theme.id(),
                catalog.technologyWithTheme(theme.id()).size(), new TechnologyWithThemePage(theme).equals(current)))
            .toList();
        return new Summaries.TechnologyFilters(urls.technologyIndex().url(), current == null,
            kinds, countries, themes);
    }
}
