package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Periodical;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.cite.HowToCite;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;

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
        return new PageViews.IssueArchiveView(catalog.issues().stream().map(parts::issueSummary).toList(), urls.technologyIndex().url());
    }

    PageViews.IssueView issue(Issue issue) {
        List<Article> articles = catalog.articlesIn(issue.id());
        return new PageViews.IssueView(issue.id().toString(), issue.title(), issue.period(), issue.status().label(),
            issue.inPress(), issue.volumeAndNumber(), parts.cover(issue), DateLabels.day(issue.date()), parts.themeLinks(issue.themeIds()),
            issue.introductionHtml(), contents(articles, catalog.technologyIn(issue.id())), articles.size(),
            urls.issueArchive().url(), pdfEditions ? urls.issuePdf(issue.id()).url() : null);
    }

    /**
     * The contents by section, in the site's order (the catalog lists an issue's articles and its offers and requests
     * so); sections with nothing in them left out. A section's offers and requests come after its articles; those
     * without a section come last, in a group of their own after the articles without one.
     */
    private List<Summaries.ContentsSection> contents(List<Article> articles, List<TechnologyEntry> technology) {
        List<Summaries.ContentsSection> sections = new ArrayList<>();
        for (Periodical.Section section : catalog.periodical().sections()) {
            List<Article> inSection = articles.stream().filter(article -> section.id().equals(article.sectionId())).toList();
            List<TechnologyEntry> entries = technology.stream().filter(entry -> section.id().equals(entry.sectionId())).toList();
            if (!inSection.isEmpty() || !entries.isEmpty()) {
                sections.add(section("section-" + section.id(), section.title(), inSection, entries));
            }
        }
        List<Article> loose = articles.stream().filter(article -> article.sectionId() == null).toList();
        if (!loose.isEmpty()) {
            sections.add(section("other-articles", "", loose, List.of()));
        }
        List<TechnologyEntry> looseEntries = technology.stream().filter(entry -> entry.sectionId() == null).toList();
        if (!looseEntries.isEmpty()) {
            // Its heading's id does not start with "section-", so it never meets a section's, whatever the site calls its sections.
            sections.add(section("technology-offers-and-requests", "", List.of(), looseEntries));
        }
        return sections;
    }

    private Summaries.ContentsSection section(String headingId, String title, List<Article> articles, List<TechnologyEntry> technology) {
        return new Summaries.ContentsSection(headingId, title, articles.stream().map(parts::articleSummary).toList(),
            parts.technologySummaries(technology));
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
