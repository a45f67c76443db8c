package net.techmonitor.site.crawl;

import net.techmonitor.site.source.LoadedDocument;

import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.timing.StageTimer;
import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.catalog.CatalogValidator;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.urls.SiteUrls;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * From content files to the site model: crawl + convert, build the catalog, validate, and stop at the first stage
 * with problems. A build runs it inside JBake (through {@link ContentCrawler}); a preview runs it again on each
 * save without JBake, and must get the very same model.
 */
public final class SiteLoader {
    private final SiteSettings settings;
    private final SiteUrls urls;
    private final Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private final ProblemCollector problems;
    private final Consumer<BuildMessage> progress;

    /**
     * The model, the documents it was made from, the cache keys of the conversions it used (to forget the others
     * once the build succeeded), and the digest of every content file read ({@link ContentLoader#fileDigests}).
     */
    public record Loaded(SiteModel site, List<LoadedDocument> documents, Set<String> usedConversions, java.util.Map<Path, String> fileDigests) {
    }

    public SiteLoader(SiteSettings settings, SiteUrls urls, Supplier<AsciidocConverter> converter, ConversionCache cache,
                      ProblemCollector problems, Consumer<BuildMessage> progress) {
        this.settings = settings;
        this.urls = urls;
        this.converter = converter;
        this.cache = cache;
        this.problems = problems;
        this.progress = progress;
    }

    public Loaded load() {
        return load(java.util.Map.of());
    }

    /** @param unchanged documents known not to have changed since they were loaded, by file: they are not read again */
    public Loaded load(java.util.Map<Path, LoadedDocument> unchanged) {
        for (Path folder : List.of(settings.contentFolder(), settings.assetFolder(), settings.templateFolder())) {
            SymbolicLinkGuard.check(settings.siteRoot(), folder, problems);
        }
        TemplateFolderCheck.check(settings.siteRoot(), settings.templateFolder(), problems);
        problems.throwIfAny();
        HeadStart.begin(settings.templateFolder());
        ContentLoader loader = new ContentLoader(settings.siteRoot(), settings.contentFolder(), urls, converter, cache,
            problems, settings.threads(), settings.includeDrafts(), settings.rawHtml(), settings.limits());
        List<LoadedDocument> loaded = loader.load(unchanged);
        StageTimer.mark("crawl + convert");
        loader.notices().forEach(notice -> progress.accept(BuildMessage.notice("html: " + notice)));
        progress.accept(BuildMessage.routine("crawl: " + loaded.size() + " content files read"));
        CatalogBuilder.Result built = new CatalogBuilder(CountryDirectory.load(), ProgrammeDirectory.load(), problems).build(loaded);
        new CatalogValidator(urls, problems).validate(built.catalog(), built.references());
        problems.throwIfAny();
        StageTimer.mark("catalog + validate");
        SiteModel site = new SiteModel(built.catalog(), urls, settings.title(), settings.reportingStartMonth(), settings.reportPeriod(),
            settings.pdfEditions(), settings.threads(), problems);
        StageTimer.mark("site model");
        return new Loaded(site, loaded, loader.usedKeys(), loader.fileDigests());
    }
}
