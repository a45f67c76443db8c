package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Periodical;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.cite.HowToCite;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The views of the issue archive, an issue and an article. */
final class IssueViewBuilder {
    /** How many related articles an article page lists at most. */
    static final int RELATED = 5;

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
        List<Article> articles = catalog.articlesIn(issue.id());
        return new PageViews.IssueView(issue.id().toString(), issue.title(), issue.period(), issue.status().label(),
            issue.inPress(), issue.volumeAndNumber(), parts.cover(issue), DateLabels.day(issue.date()), parts.themeLinks(issue.themeIds()),
            issue.introductionHtml(), contents(articles), articles.size(),
            urls.issueArchive().url(), pdfEditions ? urls.issuePdf(issue.id()).url() : null);
    }

    /** The contents by section, in the site's order (the catalog lists an issue's articles so); sections with no article left out. */
    private List<Summaries.ContentsSection> contents(List<Article> articles) {
        List<Summaries.ContentsSection> sections = new ArrayList<>();
        List<Article> group = new ArrayList<>();
        String groupSection = null;
        for (Article article : articles) {
            if (!group.isEmpty() && !Objects.equals(groupSection, article.sectionId())) {
                sections.add(section(groupSection, group));
                group = new ArrayList<>();
            }
            groupSection = article.sectionId();
            group.add(article);
        }
        if (!group.isEmpty()) {
            sections.add(section(groupSection, group));
        }
        return sections;
    }

    private Summaries.ContentsSection section(String sectionId, List<Article> articles) {
        Periodical.Section section = sectionId == null ? null : catalog.periodical().section(sectionId).orElseThrow();
        return new Summaries.ContentsSection(section == null ? "" : section.id(), section == null ? "" : section.title(),
            articles.stream().map(parts::articleSummary).toList());
    }

    PageViews.ArticleView article(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        List<Article> contents = catalog.articlesIn(article.issueId());
        int place = contents.indexOf(article);
        Link previous = place > 0 ? articleLink(contents.get(place - 1)) : null;
        Link next = place >= 0 && place < contents.size() - 1 ? articleLink(contents.get(place + 1)) : null;
        Periodical.Licence licence = catalog.periodical().licence();
        List<PageViews.ArticleAuthor> authors = article.authors().stream().map(author -> new PageViews.ArticleAuthor(author.name(),
            author.affiliations(), author.orcid() == null ? null : author.orcid().url())).toList();
        return new PageViews.ArticleView(article.title(), authors, DateLabels.day(article.date()),
            article.date().toString(), parts.issueLink(issue), issue.period(), parts.themeLinks(article.themeIds()),
            parts.countryLinks(article.countries()), article.description(), article.bodyHtml(), previous, next,
            related(article).stream().map(parts::articleSummary).toList(),
            licence == null ? null : new Link(licence.url(), licence.name()),
            pdfEditions ? urls.articlePdf(article.issueId(), article.slug()).url() : null, HowToCite.of(article, issue, urls),
            article.doi() == null ? null : new Link(article.doi().url(), "https://doi.org/" + article.doi().value()));
    }

    private Link articleLink(Article article) {
        return new Link(urls.article(article.issueId(), article.slug()).url(), article.title());
    }

    /**
     * Up to {@link #RELATED} other articles that share a theme or a country with this one, newest first (then by
     * title). Each theme's and country's list is kept newest first by the catalog, so only the first
     * {@code RELATED + 1} of each can be among the result (the article itself may be one of them): the work grows
     * with the article's themes and countries, not with the archive.
     */
    private List<Article> related(Article article) {
        java.util.Map<Article, Boolean> candidates = new java.util.IdentityHashMap<>();
        article.themeIds().forEach(theme -> firstOf(catalog.articlesWithThemeNewestFirst(theme), candidates));
        article.countries().forEach(country -> firstOf(catalog.articlesAboutNewestFirst(country), candidates));
        return candidates.keySet().stream()
            .filter(candidate -> !(candidate.issueId().equals(article.issueId()) && candidate.slug().equals(article.slug())))
            .sorted(Catalog.NEWEST_FIRST).limit(RELATED).toList();
    }

    private static void firstOf(List<Article> newestFirst, java.util.Map<Article, Boolean> into) {
        newestFirst.stream().limit(RELATED + 1).forEach(candidate -> into.put(candidate, true));
    }
}
