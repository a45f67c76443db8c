package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.render.view.Summaries.ThemeSummary;
import net.techmonitor.site.urls.SiteUrls;

/** The views of a theme and of the theme index. */
final class ThemeViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;

    ThemeViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
    }

    PageViews.ThemeView theme(Theme theme) {
        return new PageViews.ThemeView(theme.title(), theme.bodyHtml(),
            catalog.issuesWithTheme(theme.id()).stream().map(parts::issueSummary).toList(),
            catalog.articlesWithTheme(theme.id()).stream().map(parts::articleSummary).toList(),
            parts.activitySummaries(catalog.activitiesWithTheme(theme.id())),
            parts.technologySummaries(catalog.technologyWithTheme(theme.id())),
            catalog.technologyWithTheme(theme.id()).isEmpty() ? null : urls.technologyWithTheme(theme.id()).url());
    }

    PageViews.ThemeIndexView themeIndex() {
        return new PageViews.ThemeIndexView(catalog.themes().stream()
            .map(theme -> new ThemeSummary(parts.themeLink(theme), catalog.issuesWithTheme(theme.id()).size(),
                catalog.articlesWithTheme(theme.id()).size(), catalog.activitiesWithTheme(theme.id()).size(),
                catalog.technologyWithTheme(theme.id()).size()))
            .toList());
    }
}
