package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.render.view.Summaries.ThemeSummary;

/** The views of a theme and of the theme index. */
final class ThemeViewBuilder {
    private final Catalog catalog;
    private final ViewParts parts;

    ThemeViewBuilder(Catalog catalog, ViewParts parts) {
        this.catalog = catalog;
        this.parts = parts;
    }

    PageViews.ThemeView theme(Theme theme) {
        return new PageViews.ThemeView(theme.title(), theme.bodyHtml(),
            catalog.issuesWithTheme(theme.id()).stream().map(parts::issueSummary).toList(),
            catalog.articlesWithTheme(theme.id()).stream().map(parts::articleSummary).toList(),
            parts.activitySummaries(catalog.activitiesWithTheme(theme.id())));
    }

    PageViews.ThemeIndexView themeIndex() {
        return new PageViews.ThemeIndexView(catalog.themes().stream()
            .map(theme -> new ThemeSummary(parts.themeLink(theme), catalog.issuesWithTheme(theme.id()).size(),
                catalog.articlesWithTheme(theme.id()).size(), catalog.activitiesWithTheme(theme.id()).size()))
            .toList());
    }
}
