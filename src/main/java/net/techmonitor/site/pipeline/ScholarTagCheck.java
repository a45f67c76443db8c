package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.PageSubject;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.urls.SlashPaths;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Google Scholar's inclusion guidelines, held to the pages as written: Scholar reads the {@code citation_*} tags of
 * the published HTML, not the catalog, so a template that drops, repeats or misplaces a tag would keep articles out
 * of it (or put pages that are no articles in) without any test noticing. The content is checked before rendering
 * (every article has a title, an author and a date); what is checked here is what the templates made of it.
 *
 * <ul>
 *   <li>one article per page: exactly one {@code citation_title} on an article page;</li>
 *   <li>a {@code citation_author} for each of the article's authors, and one {@code citation_publication_date} as
 *       Scholar reads dates (YYYY/MM/DD, YYYY/MM or YYYY);</li>
 *   <li>{@code citation_pdf_url}, on every article when the build writes PDF editions, naming a PDF of this site
 *       (same host, under its base path, a file of the build ending in {@code .pdf});</li>
 *   <li>no {@code citation_*} tag on any other page: an issue's introduction, a listing or a plain page would be
 *       indexed as an article.</li>
 * </ul>
 *
 * <p>A rule broken on many pages is reported once, with how many pages: it comes from a template.</p>
 */
final class ScholarTagCheck {
    private static final String STAGE = "scholar";
    /** A rule broken on more pages than this is reported once: it comes from a template. */
    private static final int SAME_RULE_PAGES = 3;
    private static final Pattern SCHOLAR_DATE = Pattern.compile("[0-9]{4}(?:/[0-9]{2}(?:/[0-9]{2})?)?");

    /**
     * What the check knows of one page besides its tags.
     *
     * @param path     where its problems are reported: its content file, or "generated page ..."
     * @param template the template that wrote it ("article.ftlh"), or null for a page copied as it is
     * @param authors  for an article, how many authors its header names; else -1
     */
    record PageFacts(String path, String template, int authors) {
        boolean article() {
            return authors >= 0;
        }

        String fromTemplates() {
            return template == null ? "" : "; the tags come from templates/layout.ftlh and templates/" + template;
        }
    }

    /** One broken rule on one page: the problem's path and what is wrong there. */
    private record Finding(String path, String what) {
    }

    private final LinkChecker.SiteLinks links;
    private final String siteUrl;
    private final String basePath;
    private final boolean pdfEditions;
    /** By rule (its expectation), in page order: the problems come out the same whatever the threads did. */
    private final Map<String, List<Finding>> byRule = new TreeMap<>();

    private ScholarTagCheck(LinkChecker.SiteLinks links, String siteUrl, String basePath, boolean pdfEditions) {
        this.links = links;
        this.siteUrl = siteUrl;
        this.basePath = basePath;
        this.pdfEditions = pdfEditions;
    }

    static void check(LinkChecker.SiteLinks links, SiteModel site, ProblemCollector problems) {
        Map<String, PageFacts> facts = new HashMap<>();
        for (PageSpec page : site.allPages()) {
            String outputPath = page.path().outputPath();
            facts.put(outputPath, new PageFacts(page.sourcePath() != null ? page.sourcePath() : "generated page " + outputPath,
                page.kind().template(), page.subject() instanceof PageSubject.ArticlePage article ? article.article().authors().size() : -1));
        }
        check(links, facts, site.urls().siteUrl(), site.urls().basePath(), site.pdfEditions(), problems);
    }

    /**
     * @param facts   each written page's facts, by output path; a page not among them was copied as it is (trusted raw
     *                HTML), and no template's
     * @param siteUrl the site's address ({@code https://techmonitor.net/}), whose host and base path a PDF's must share
     */
    static void check(LinkChecker.SiteLinks links, Map<String, PageFacts> facts, String siteUrl, String basePath, boolean pdfEditions,
                      ProblemCollector problems) {
        ScholarTagCheck check = new ScholarTagCheck(links, siteUrl, basePath, pdfEditions);
        for (LinkChecker.PageReferences page : links.pages()) {
            PageFacts fact = facts.getOrDefault(page.outputPath(), new PageFacts("content/" + page.outputPath(), null, -1));
            if (fact.article()) {
                check.article(page, fact);
            } else if (!page.citations().isEmpty()) {
                check.add("citation_* tags on article pages only: Google Scholar would index this page as an article"
                    + fact.fromTemplates(), fact, "the page " + page.outputPath() + ", not an article's, has " + page.citations().size()
                    + " citation_* tag(s), " + page.citations().get(0).name() + " first");
            }
        }
        check.byRule.forEach((expected, findings) -> {
            if (findings.size() > SAME_RULE_PAGES) {
                Finding first = findings.get(0);
                problems.add(STAGE, first.path(), 0, first.what() + ", and the same on " + (findings.size() - 1)
                    + " other pages (expected " + expected + ")");
            } else {
                findings.forEach(finding -> problems.add(STAGE, finding.path(), 0, finding.what() + " (expected " + expected + ")"));
            }
        });
    }

    private void article(LinkChecker.PageReferences page, PageFacts article) {
        String has = "the page " + page.outputPath() + " has ";
        String fromTemplates = article.fromTemplates();
        List<String> titles = values(page, "citation_title");
        if (titles.size() != 1) {
            add("one citation_title on an article page: Google Scholar indexes one article per page, by its title" + fromTemplates,
                article, has + (titles.isEmpty() ? "no citation_title" : titles.size() + " citation_title tags"));
        }
        int authors = values(page, "citation_author").size();
        if (authors != article.authors()) {
            add("a citation_author for each author of the author line, in its order: Google Scholar indexes no article without one,"
                + " and cites only the authors it names" + fromTemplates, article,
                has + authors + " citation_author for " + article.authors() + (article.authors() == 1 ? " author" : " authors"));
        }
        List<String> dates = values(page, "citation_publication_date");
        if (dates.size() != 1 || !SCHOLAR_DATE.matcher(dates.get(0)).matches()) {
            add("one citation_publication_date as YYYY/MM/DD: Google Scholar indexes no article without its date" + fromTemplates,
                article, has + (dates.isEmpty() ? "no citation_publication_date" : dates.size() > 1
                ? dates.size() + " citation_publication_date tags" : "citation_publication_date '" + dates.get(0) + "'"));
        }
        List<String> pdfs = values(page, "citation_pdf_url");
        if (pdfEditions && pdfs.isEmpty()) {
            add("the article's PDF edition, which this build writes, in citation_pdf_url" + fromTemplates, article,
                has + "no citation_pdf_url");
        }
        for (String pdf : pdfs) {
            String wrong = pdfProblem(pdf);
            if (wrong != null) {
                add("a citation_pdf_url on the page's own host, under " + siteUrl + ", naming a PDF file (ending in .pdf) the build"
                    + " writes: Google Scholar takes the full text only from the page's own site" + fromTemplates, article,
                    has + "citation_pdf_url '" + pdf + "', " + wrong);
            }
        }
    }

    /** What is wrong with a PDF's address, or null. */
    private String pdfProblem(String pdf) {
        URI uri;
        try {
            uri = new URI(pdf);
        } catch (URISyntaxException e) {
            return "which is not an address";
        }
        URI own = URI.create(siteUrl);
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(own.getHost())
            || !own.getScheme().equalsIgnoreCase(uri.getScheme()) || uri.getPort() != own.getPort()) {
            return "on another host than the page";
        }
        String path = uri.getRawPath() == null ? "" : SlashPaths.decodedUrlPath(uri.getRawPath());
        if (!path.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return "which does not end in .pdf";
        }
        if (!path.startsWith(basePath) || !links.hasFile(path.substring(basePath.length()))) {
            return "which names no PDF this build writes";
        }
        return null;
    }

    private static List<String> values(LinkChecker.PageReferences page, String name) {
        List<String> values = new ArrayList<>();
        page.citations().forEach(tag -> {
            if (tag.name().equals(name)) {
                values.add(tag.content());
            }
        });
        return values;
    }

    private void add(String expected, PageFacts page, String what) {
        byRule.computeIfAbsent(expected, key -> new ArrayList<>()).add(new Finding(page.path(), what));
    }
}
