package net.techmonitor.site.render.view;

/** The view model of one page: what its template reads as {@code page}. One record per page family, in {@link PageViews}. */
public sealed interface PageView permits PageViews.HomeView, PageViews.IssueArchiveView, PageViews.IssueView, PageViews.ArticleView,
    PageViews.ActivityView, PageViews.ActivityListView, PageViews.ThemeView, PageViews.ThemeIndexView, PageViews.CountryView,
    PageViews.CountryIndexView, PageViews.PartnerView, PageViews.PartnerIndexView, PageViews.ReportView, PageViews.StatisticsView,
    PageViews.SearchView, PageViews.NotFoundView, PageViews.PlainPageView, PageViews.ContributionsView, PageViews.TechnologyView,
    PageViews.TechnologyListView {
}
