package net.techmonitor.site.render.pdf;

import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.timing.ProgressLine;
import net.techmonitor.site.urls.PagePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF editions stage: each issue as one PDF (cover, editorial, its articles) and each article as a PDF,
 * converted by AsciidoctorJ PDF from the same AsciiDoc as the pages.
 *
 * <p>Only builds run with {@code --pdf-editions} write them (the published site's workflow does): loading
 * AsciidoctorJ PDF alone costs longer than building the whole site, and an editor's build need not wait for it.</p>
 *
 * <p>Loading AsciidoctorJ PDF costs seconds, so each PDF is kept in the build cache ({@code pdf/} in
 * {@code SiteSettings.cacheFolder()}), keyed by a hash of the exact text it is made from: a build whose PDFs are all
 * cached never loads it.</p>
 */
public final class PdfEditions {
    /** Changes whenever the way PDFs are made changes, so old cached PDFs are not reused. */
    private static final String RECIPE = "pdf-edition-3";
    /** What was written: every PDF's output path, and how many of them came from the cache. */
    public record Written(List<String> outputPaths, int fromCache) {
    }

    private PdfEditions() {
    }

    /** How many PDFs a build of this site writes. */
    public static int count(Catalog catalog) {
        return catalog.issues().size() + catalog.articles().size();
    }

    /**
     * Writes every PDF edition into {@code output}, from the cache where it holds one.
     *
     * @param cache    the folder of cached PDFs, or null to make every PDF anew (a plain build, which reuses nothing)
     * @param progress counts each PDF written
     */
    public static Written write(SiteModel site, Path siteRoot, Path output, Path cache, ProgressLine progress) throws IOException {
        Catalog catalog = site.catalog();
        List<String> written = new ArrayList<>();
        int fromCache = 0;
        for (Issue issue : catalog.issues()) {
            PagePath target = site.urls().issuePdf(issue.id());
            fromCache += write(siteRoot, output, cache, target, PdfSources.issue(siteRoot, issue, catalog.articlesIn(issue.id())),
                issue.source().path(), site) ? 1 : 0;
            written.add(target.outputPath());
            progress.step();
        }
        for (Article article : catalog.articles()) {
            PagePath target = site.urls().articlePdf(article.issueId(), article.slug());
            fromCache += write(siteRoot, output, cache, target, PdfSources.article(siteRoot, article), article.source().path(), site) ? 1 : 0;
            written.add(target.outputPath());
            progress.step();
        }
        return new Written(List.copyOf(written), fromCache);
    }

    /** @return whether the PDF came from the cache */
    private static boolean write(Path siteRoot, Path output, Path cache, PagePath target, String source, String sourcePath, SiteModel site)
        throws IOException {
        Path cached = cache == null ? null : cache.resolve(ContentKey.of(RECIPE).with(source).hex() + ".pdf");
        boolean hit = cached != null && Files.isRegularFile(cached);
        Path file = output.resolve(target.outputPath());
        Files.createDirectories(file.getParent());
        if (hit) {
            Files.copy(cached, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
        Path baseDir = siteRoot.resolve(sourcePath).getParent();
        byte[] pdf = AsciidocConverter.shared().convertToPdf(baseDir, source,
            (line, message) -> site.notices().add("pdf: " + sourcePath + ": " + message + " (the PDF is written all the same)"));
        if (cached != null) {
            CacheFiles.writeWhole(cached, pdf);
        }
        Files.write(file, pdf);
        return false;
    }
}
