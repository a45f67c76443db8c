package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.cite.HowToCite;
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
        return new PageViews.IssueView(issue.id().toString(), issue.title(), issue.period(), issue.status().label(),
            issue.inPress(), issue.volume(), issue.number(), DateLabels.day(issue.date()), parts.themeLinks(issue.themeIds()),
            issue.introductionHtml(), catalog.articlesIn(issue.id()).stream().map(parts::articleSummary).toList(),
            urls.issueArchive().url(), pdfEditions ? urls.issuePdf(issue.id()).url() : null);
    }

    PageViews.ArticleView article(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        return new PageViews.ArticleView(article.title(), article.authors(), DateLabels.day(article.date()),
            article.date().toString(), parts.issueLink(issue), issue.period(), parts.themeLinks(article.themeIds()),
            parts.countryLinks(article.countries()), article.description(), article.bodyHtml(),
            pdfEditions ? urls.articlePdf(article.issueId(), article.slug()).url() : null, HowToCite.of(article, issue, urls));
    }
}
