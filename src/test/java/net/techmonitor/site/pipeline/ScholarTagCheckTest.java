package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Google Scholar's rules on written pages, without a build: pages as the link check reads them, and the facts the
 * build gives. The invalid sites {@code scholar-*} hold each rule's message on a whole build; here are what those
 * cannot show cheaply: the PDF rule of a {@code --pdf-editions} build, a site under a base path, a rule broken by a
 * template on many pages, and a page copied as it is.
 */
class ScholarTagCheckTest {
    private static final String SITE = "https://org.github.io/techmonitor/";
    private static final String BASE = "/techmonitor/";

    /** An article page's head with these {@code citation_*} tags, as name and content pairs. */
    private static String page(String... tags) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title>");
        for (int i = 0; i < tags.length; i += 2) {
            html.append("<meta name=\"").append(tags[i]).append("\" content=\"").append(tags[i + 1]).append("\">");
        }
        return html.append("</head><body><p>text</p></body></html>").toString();
    }

    private static final String[] GOOD = {"citation_title", "A title", "citation_author", "Ann Author", "citation_author",
        "Bo Writer", "citation_publication_date", "2020/02/01"};

    private static String[] with(String... more) {
        List<String> tags = new ArrayList<>(List.of(GOOD));
        tags.addAll(List.of(more));
        return tags.toArray(String[]::new);
    }

    private static List<String> check(Map<String, String> pages, Set<String> files, boolean pdfEditions) {
        List<LinkChecker.PageReferences> read = new ArrayList<>();
        Map<String, ScholarTagCheck.PageFacts> facts = new HashMap<>();
        pages.forEach((outputPath, html) -> {
            read.add(LinkChecker.read(outputPath, html));
            if (outputPath.startsWith("issues/2020-q1/") && !outputPath.equals("issues/2020-q1/index.html")) {
                facts.put(outputPath, new ScholarTagCheck.PageFacts("content/" + outputPath.replace("/index.html", ".adoc"), "article.ftlh", 2));
            } else if (!outputPath.startsWith("copied/")) {
                facts.put(outputPath, new ScholarTagCheck.PageFacts("generated page " + outputPath, "issue.ftlh", -1));
            }
        });
        java.util.Set<String> all = new java.util.HashSet<>(files);
        all.addAll(pages.keySet());
        ProblemCollector problems = new ProblemCollector();
        ScholarTagCheck.check(LinkChecker.SiteLinks.of(all, read), facts, SITE, BASE, pdfEditions, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void anArticleWithItsTagsAndItsPdfUnderTheBasePathPasses() {
        String pdf = SITE + "issues/2020-q1/a/a.pdf";
        assertEquals(List.of(), check(Map.of("issues/2020-q1/a/index.html", page(with("citation_pdf_url", pdf))),
            Set.of("issues/2020-q1/a/a.pdf"), true));
        assertEquals(List.of(), check(Map.of("issues/2020-q1/a/index.html", page(GOOD), "issues/index.html", page()), Set.of(), false),
            "without PDF editions an article needs none; a page without tags is not looked at");
    }

    @Test
    void aPdfBuildWhoseArticleNamesNoPdfFails() {
        assertEquals(List.of("scholar: content/issues/2020-q1/a.adoc: the page issues/2020-q1/a/index.html has no citation_pdf_url"
                + " (expected the article's PDF edition, which this build writes, in citation_pdf_url; the tags come from"
                + " templates/layout.ftlh and templates/article.ftlh)"),
            check(Map.of("issues/2020-q1/a/index.html", page(GOOD)), Set.of("issues/2020-q1/a/a.pdf"), true));
    }

    @Test
    void aPdfOutsideTheBasePathIsNotThePagesOwn() {
        List<String> problems = check(Map.of("issues/2020-q1/a/index.html",
            page(with("citation_pdf_url", "https://org.github.io/other/issues/2020-q1/a/a.pdf"))), Set.of("issues/2020-q1/a/a.pdf"), false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("which names no PDF this build writes"), problems.get(0));
        assertTrue(problems.get(0).contains("under " + SITE), problems.get(0));
    }

    /** A template that breaks a rule breaks it on every article: one message, not one per page. */
    @Test
    void aRuleBrokenOnManyPagesIsReportedOnceWithTheirNumber() {
        Map<String, String> pages = new HashMap<>();
        String[] untitled = List.of(GOOD).subList(2, GOOD.length).toArray(String[]::new);
        for (String slug : List.of("a", "b", "c", "d", "e")) {
            pages.put("issues/2020-q1/" + slug + "/index.html", page(untitled));
        }
        assertEquals(List.of("scholar: content/issues/2020-q1/a.adoc: the page issues/2020-q1/a/index.html has no citation_title,"
                + " and the same on 4 other pages (expected one citation_title on an article page: Google Scholar indexes one article"
                + " per page, by its title; the tags come from templates/layout.ftlh and templates/article.ftlh)"),
            check(pages, Set.of(), false));
    }

    @Test
    void tagsOnAGeneratedPageOrACopiedOneAreReportedWhereTheyComeFrom() {
        List<String> problems = check(Map.of("issues/index.html", page("citation_title", "Issues"),
            "copied/page.html", page("CITATION_AUTHOR", "Ann Author")), Set.of(), false);
        assertEquals(List.of("scholar: content/copied/page.html: the page copied/page.html, not an article's, has 1 citation_* tag(s),"
                + " citation_author first (expected citation_* tags on article pages only: Google Scholar would index this page as an"
                + " article)",
            "scholar: generated page issues/index.html: the page issues/index.html, not an article's, has 1 citation_* tag(s),"
                + " citation_title first (expected citation_* tags on article pages only: Google Scholar would index this page as an"
                + " article; the tags come from templates/layout.ftlh and templates/issue.ftlh)"), problems);
    }

    @Test
    void aDateScholarCannotReadAndTwoDatesAreRefused() {
        String[] iso = {"citation_title", "T", "citation_author", "A", "citation_author", "B", "citation_publication_date", "2020-02-01"};
        String[] twice = with("citation_publication_date", "2020/02/02");
        List<String> problems = check(Map.of("issues/2020-q1/a/index.html", page(iso), "issues/2020-q1/b/index.html", page(twice)),
            Set.of(), false);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("a/index.html has citation_publication_date '2020-02-01'"), problems.get(0));
        assertTrue(problems.get(1).contains("b/index.html has 2 citation_publication_date tags"), problems.get(1));
    }
}
