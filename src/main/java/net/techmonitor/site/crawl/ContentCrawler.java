package net.techmonitor.site.crawl;

import net.techmonitor.site.build.SiteSettings;
import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.urls.SiteUrls;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;


/**
 * Our crawler, given to JBake's Oven through its utensils. JBake calls {@link #crawl()} before rendering;
 * here that runs the {@link SiteLoader} (crawl + convert, build catalog, validate), which stops the bake before
 * anything is rendered when any problem was found. Then it hands the site model to the store, where the
 * rendering tools find it.
 */
public final class ContentCrawler extends Crawler {
    private final CatalogContentStore store;
    private final SiteSettings settings;
    private final SiteUrls urls;
    private final java.util.function.Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private SiteLoader.Loaded loaded;
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
        loaded = new SiteLoader(settings, urls, converter, cache, problems, progress).load();
        store.setSite(loaded.site());
    }

    /** The cache keys of the conversions this crawl used, for forgetting the others once the build succeeded. */
    public java.util.Set<String> usedConversions() {
        return loaded == null ? java.util.Set.of() : loaded.usedConversions();
    }

    /** What the crawl loaded, once it ran. */
    public SiteLoader.Loaded loaded() {
        return loaded;
    }

    /** The site keeps no JBake data files; reference data is the generator's own. */
    @Override
    public void crawlDataFiles() {
        // nothing to crawl
    }
}
