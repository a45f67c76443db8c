package net.techmonitor.site.crawl;

import net.techmonitor.site.build.SiteSettings;
import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.catalog.CatalogValidator;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.urls.SiteUrls;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

import java.util.List;

/**
 * Our crawler, given to JBake's Oven through its utensils. JBake calls {@link #crawl()} before rendering;
 * here that runs crawl + convert, build catalog and validate, and stops the bake (before anything is rendered)
 * when any problem was found. Then it hands the site model to the store, where the rendering tools find it.
 */
public final class ContentCrawler extends Crawler {
    private final CatalogContentStore store;
    private final SiteSettings settings;
    private final SiteUrls urls;
    private final java.util.function.Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private java.util.Set<String> usedConversions = java.util.Set.of();
    private final ProblemCollector problems;
    private final java.util.function.Consumer<String> progress;

    public ContentCrawler(CatalogContentStore store, JBakeConfiguration config, SiteSettings settings, SiteUrls urls,
                          java.util.function.Supplier<AsciidocConverter> converter, ConversionCache cache, ProblemCollector problems,
                          java.util.function.Consumer<String> progress) {
        super(store, config);
        this.store = store;
        this.settings = settings;
        this.urls = urls;
        this.converter = converter;
        this.cache = cache;
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public void crawl() {
        for (java.nio.file.Path folder : List.of(settings.contentFolder(), settings.assetFolder(), settings.templateFolder())) {
            SymbolicLinkGuard.check(settings.siteRoot(), folder, problems);
        }
        problems.throwIfAny();
        ContentLoader loader = new ContentLoader(settings.siteRoot(), settings.contentFolder(), urls, converter, cache,
            problems, settings.threads(), settings.includeDrafts(), settings.rawHtml());
        List<LoadedDocument> loaded = loader.load();
        net.techmonitor.site.build.StageTimer.mark("crawl + convert");
        usedConversions = loader.usedKeys();
        loader.notices().forEach(notice -> progress.accept("html: " + notice));
        progress.accept("crawl: " + loaded.size() + " content files read");
        CatalogBuilder.Result built = new CatalogBuilder(CountryDirectory.load(), ProgrammeDirectory.load(), problems).build(loaded);
        new CatalogValidator(urls, problems).validate(built.catalog(), built.references());
        problems.throwIfAny();
        net.techmonitor.site.build.StageTimer.mark("catalog + validate");

        SiteModel site = new SiteModel(built.catalog(), urls, settings.title(), settings.reportingStartMonth(), settings.reportPeriod(),
            settings.pdfEditions(), settings.threads(), problems);
        store.setSite(site);
        net.techmonitor.site.build.StageTimer.mark("site model");
    }

    /** The cache keys of the conversions this crawl used, for forgetting the others once the build succeeded. */
    public java.util.Set<String> usedConversions() {
        return usedConversions;
    }

    /** The site keeps no JBake data files; reference data is the generator's own. */
    @Override
    public void crawlDataFiles() {
        // nothing to crawl
    }
}
