package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.urls.SiteUrls;

/** The views of the issue archive, an issue and an article. */
final class IssueViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;
    private final boolean pdfEditions;

    /** @param pdfEditions whether the PDF editions are written, so issue and article pages link to them */
    IssueViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts, boolean pdfEditions) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
        this.pdfEditions = pdfEditions;
    }

    PageViews.IssueArchiveView issueArchive() {
        return new PageViews.IssueArchiveView(catalog.issues().stream().map(parts::issueSummary).toList());
    }

    PageViews.IssueView issue(Issue issue) {
        String volumeNumber = issue.volume() == null && issue.number() == null ? ""
            : (issue.volume() == null ? "" : "Volume " + issue.volume()) + (issue.volume() != null && issue.number() != null ? ", " : "")
            + (issue.number() == null ? "" : "No. " + issue.number());
        return new PageViews.IssueView(issue.id().toString(), issue.title(), issue.period(), issue.status().label(),
            issue.inPress(), volumeNumber, DateLabels.day(issue.date()), parts.themeLinks(issue.themeIds()), issue.introductionHtml(),
            catalog.articlesIn(issue.id()).stream().map(parts::articleSummary).toList(),
            new Link(urls.issueArchive().url(), "All issues"),
            pdfEditions ? new Link(urls.issuePdf(issue.id()).url(), "Download this issue (PDF)") : null);
    }

    PageViews.ArticleView article(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        return new PageViews.ArticleView(article.title(), article.authors(), DateLabels.day(article.date()),
            article.date().toString(), parts.issueLink(issue), issue.period(), parts.themeLinks(article.themeIds()),
            parts.countryLinks(article.countries()), article.description(), article.bodyHtml(),
            pdfEditions ? new Link(urls.articlePdf(article.issueId(), article.slug()).url(), "Download this article (PDF)") : null);
    }
}
