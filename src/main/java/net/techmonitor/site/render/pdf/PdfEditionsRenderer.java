package net.techmonitor.site.render.pdf;

import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.render.CatalogRenderingTool;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.urls.PagePath;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JBake rendering tool that writes the PDF editions: each issue as one PDF (cover, editorial, its articles)
 * and each article as a PDF, converted by AsciidoctorJ PDF from the same AsciiDoc as the pages.
 *
 * <p>Only builds run with {@code --pdf-editions} write them (the published site's workflow does): loading
 * AsciidoctorJ PDF alone costs longer than building the whole site, and an editor's build need not wait for it.</p>
 *
 * <p>Loading AsciidoctorJ PDF costs seconds, so each PDF is kept in a cache beside the output, keyed by a hash
 * of the exact text it is made from: a build whose PDFs are all cached never loads it.</p>
 */
public final class PdfEditionsRenderer extends CatalogRenderingTool {
    /** Changes whenever the way PDFs are made changes, so old cached PDFs are not reused. */
    private static final String RECIPE = "pdf-edition-3";
    /** Beside the output, in the build cache folder (see {@code SiteSettings.cacheFolder()}). */
    static final String CACHE = ".techmonitor-cache/pdf";

    @Override
    protected int render(Renderer renderer, SiteModel site, JBakeConfiguration config) throws RenderingException {
        if (!site.pdfEditions()) {
            return 0;
        }
        Catalog catalog = site.catalog();
        Path output = config.getDestinationFolder().toPath();
        Path siteRoot = config.getSourceFolder().toPath();
        Path cache = output.toAbsolutePath().getParent().resolve(CACHE);
        int written = 0;
        try {
            for (Issue issue : catalog.issues()) {
                write(siteRoot, output, cache, site.urls().issuePdf(issue.id()),
                    PdfSources.issue(siteRoot, issue, catalog.articlesIn(issue.id())), issue.source().path(), site);
                written++;
            }
            for (Article article : catalog.articles()) {
                write(siteRoot, output, cache, site.urls().articlePdf(article.issueId(), article.slug()),
                    PdfSources.article(siteRoot, article), article.source().path(), site);
                written++;
            }
        } catch (IOException e) {
            throw new RenderingException("cannot write PDF editions: " + e.getMessage());
        }
        return written;
    }

    private static void write(Path siteRoot, Path output, Path cache, PagePath target, String source, String sourcePath, SiteModel site)
        throws IOException {
        Path cached = cache.resolve(ContentKey.of(RECIPE).with(source).hex() + ".pdf");
        if (!Files.isRegularFile(cached)) {
            Path baseDir = siteRoot.resolve(sourcePath).getParent();
            byte[] pdf = AsciidocConverter.shared().convertToPdf(baseDir, source,
                (line, message) -> site.notices().add("pdf: " + sourcePath + ": " + message + " (the PDF is written all the same)"));
            CacheFiles.writeWhole(cached, pdf);
        }
        Path file = output.resolve(target.outputPath());
        Files.createDirectories(file.getParent());
        Files.copy(cached, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
