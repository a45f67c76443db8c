package net.techmonitor.site.render.pdf;

import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.cache.GeneratorFingerprint;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.render.PageSubject;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.render.SiteTemplateEngine;
import net.techmonitor.site.render.head.PageHeadBuilder;
import net.techmonitor.site.render.view.PageViews;
import net.techmonitor.site.timing.ProgressLine;
import net.techmonitor.site.urls.PagePath;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDF editions stage: each issue as one PDF (cover, editorial introduction, contents with page numbers, every
 * article) and each article as a PDF, as tagged PDF/UA-1, made from the same views as their HTML pages through the
 * print templates ({@code templates/pdf-issue.ftlh}, {@code templates/pdf-article.ftlh}) and laid out by
 * openhtmltopdf ({@link TaggedPdfRenderer}).
 *
 * <p>Each PDF is kept in the build cache ({@code pdf/} in {@code SiteSettings.cacheFolder()}), keyed by the exact
 * print HTML and pictures it is made from, the fonts and the generator: an unchanged PDF is copied from it, with the
 * notices its making gave. Only builds run with {@code --pdf-editions} write them (the published site's workflow
 * does).</p>
 */
public final class PdfEditions {
    /** Changes whenever the way PDFs are made changes, so old cached PDFs are not reused. */
    private static final String RECIPE = "pdf-edition-5 (openhtmltopdf, PDF/UA-1, empty artifacts removed)";
    private static final String ARTICLE_TEMPLATE = "pdf-article.ftlh";
    private static final String ISSUE_TEMPLATE = "pdf-issue.ftlh";
    /** The lines of a PDF's inputs file beside the cache: the pictures its HTML names, and its notices. */
    private static final String PICTURE = "picture ";
    private static final String NOTICE = "notice ";

    /** What was written: every PDF's output path, and how many of them came from the cache. */
    public record Written(List<String> outputPaths, int fromCache) {
    }

    /** One PDF to make: where it goes, the source its messages name, its template and print view, its page's URL. */
    private record Edition(PagePath target, String sourcePath, String template, Object view, String pageUrl) {
    }

    /** What making one PDF did: whether it came from the cache, and whether it failed (the problem is reported). */
    private record Outcome(boolean fromCache, boolean failed) {
    }

    private PdfEditions() {
    }

    /** How many PDFs a build of this site writes. */
    public static int count(Catalog catalog) {
        return catalog.issues().size() + catalog.articles().size();
    }

    /**
     * Writes every PDF edition into {@code output}, from the cache where it holds one, several at a time. The site's
     * pictures must already be in {@code output}: the PDFs show them from there.
     *
     * @param cache    the folder of cached PDFs, or null to make every PDF anew (a plain build, which reuses nothing)
     * @param progress counts each PDF written
     * @throws net.techmonitor.site.problems.SiteProblemsException when a print template or a PDF failed
     */
    public static Written write(SiteModel site, SiteTemplateEngine engine, Path output, Path cache, ProgressLine progress) throws IOException {
        List<Edition> editions = editions(site);
        String fonts = PdfFonts.fingerprint();
        List<Outcome> outcomes;
        try {
            outcomes = InOrder.map(editions, site.threads(), "pdf-editions", edition -> {
                Outcome outcome = write(site, engine, output, cache, fonts, edition);
                progress.step();
                return outcome;
            });
        } catch (InOrder.TaskFailedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        site.problems().throwIfAny();
        return new Written(editions.stream().map(edition -> edition.target().outputPath()).toList(),
            (int) outcomes.stream().filter(Outcome::fromCache).count());
    }

    private static List<Edition> editions(SiteModel site) {
        Catalog catalog = site.catalog();
        List<Edition> editions = new ArrayList<>();
        // An article's view (with its How to cite) is the same in its own PDF and in its issue's: built once.
        Map<Article, PageViews.ArticleView> views = new java.util.IdentityHashMap<>();
        for (Issue issue : catalog.issues()) {
            List<PrintViews.ArticlePrint> articles = new ArrayList<>();
            Map<String, String> anchors = new LinkedHashMap<>();
            for (Article article : catalog.articlesIn(issue.id())) {
                String anchor = "article-" + article.slug();
                articles.add(articlePrint(site, views, article, issue, anchor));
                anchors.put(site.urls().article(article.issueId(), article.slug()).url(), anchor);
            }
            PageViews.IssueView view = (PageViews.IssueView) site.views().build(new PageSubject.IssuePage(issue)).view();
            editions.add(new Edition(site.urls().issuePdf(issue.id()), issue.source().path(), ISSUE_TEMPLATE,
                new PrintViews.IssuePrint(view, PageHeadBuilder.JOURNAL, List.copyOf(articles), Map.copyOf(anchors)),
                site.urls().absolute(site.urls().issue(issue.id()).url())));
        }
        for (Article article : catalog.articles()) {
            Issue issue = catalog.issue(article.issueId()).orElseThrow();
            editions.add(new Edition(site.urls().articlePdf(article.issueId(), article.slug()), article.source().path(), ARTICLE_TEMPLATE,
                articlePrint(site, views, article, issue, ""), site.urls().absolute(site.urls().article(article.issueId(), article.slug()).url())));
        }
        return editions;
    }

    private static PrintViews.ArticlePrint articlePrint(SiteModel site, Map<Article, PageViews.ArticleView> views, Article article,
                                                        Issue issue, String anchor) {
        PageViews.ArticleView view = views.computeIfAbsent(article,
            key -> (PageViews.ArticleView) site.views().build(new PageSubject.ArticlePage(key)).view());
        return new PrintViews.ArticlePrint(view, PageHeadBuilder.JOURNAL, issue.volumeAndNumber(), anchor);
    }

    private static Outcome write(SiteModel site, SiteTemplateEngine engine, Path output, Path cache, String fonts, Edition edition)
        throws IOException {
        String html;
        try {
            html = engine.renderPrint(edition.template(), site.frame(), edition.view(), edition.target().outputPath());
        } catch (RenderingException e) {
            return new Outcome(false, true); // the engine reported it, with template and line
        }
        // The print HTML and the pictures it names decide the PDF. Which pictures those are, and what the build says
        // about it, are kept beside the cached PDFs by the HTML's key: an unchanged PDF is found without preparing
        // its document again (parsing an issue's HTML took most of a cached PDF's time).
        String textKey = ContentKey.of(RECIPE).with(GeneratorFingerprint.value()).with(fonts).with(site.urls().siteUrl())
            .with(edition.pageUrl()).with(html).hex();
        Path inputs = cache == null ? null : cache.resolve(textKey + ".inputs");
        Path file = output.resolve(edition.target().outputPath());
        Files.createDirectories(file.getParent());
        if (inputs != null && Files.isRegularFile(inputs)) {
            List<String> lines = Files.readAllLines(inputs, StandardCharsets.UTF_8);
            List<String> pictures = lines.stream().filter(line -> line.startsWith(PICTURE)).map(line -> line.substring(PICTURE.length())).toList();
            Path cached = cache.resolve(key(textKey, pictures, output) + ".pdf");
            if (Files.isRegularFile(cached)) {
                lines.stream().filter(line -> line.startsWith(NOTICE)).forEach(line -> notice(site, edition, line.substring(NOTICE.length())));
                Files.copy(cached, file, StandardCopyOption.REPLACE_EXISTING);
                return new Outcome(true, false);
            }
        }
        PrintDocument.Prepared prepared = PrintDocument.prepare(html, edition.pageUrl(), site.urls(), output);
        prepared.notices().forEach(notice -> notice(site, edition, notice));
        String hex = key(textKey, prepared.sitePictures(), output);
        Path cached = cache == null ? null : cache.resolve(hex + ".pdf");
        byte[] pdf;
        try {
            pdf = TaggedPdfRenderer.render(prepared, Long.parseUnsignedLong(hex.substring(0, 15), 16));
        } catch (IOException | RuntimeException e) {
            site.problems().add("pdf", edition.sourcePath(), 0, "cannot make the PDF edition " + edition.target().outputPath()
                + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()) + ")");
            return new Outcome(false, true);
        }
        if (cached != null) {
            CacheFiles.writeWhole(cached, pdf);
            List<String> lines = new ArrayList<>();
            prepared.sitePictures().forEach(picture -> lines.add(PICTURE + picture));
            prepared.notices().forEach(notice -> lines.add(NOTICE + notice));
            CacheFiles.writeWhole(inputs, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, pdf);
        return new Outcome(false, false);
    }

    /** The key of a PDF: its print HTML's key and each picture it names, with the bytes the output has of it. */
    private static String key(String textKey, List<String> pictures, Path output) throws IOException {
        ContentKey key = ContentKey.of("pdf").with(textKey);
        for (String picture : pictures) {
            Path file = output.resolve(picture);
            key.with(picture).with(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]).with(String.valueOf(Files.isRegularFile(file)));
        }
        return key.hex();
    }

    private static void notice(SiteModel site, Edition edition, String notice) {
        site.notices().add("pdf: " + edition.sourcePath() + ": " + notice + " (the PDF is written all the same)");
    }
}
