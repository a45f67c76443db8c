package net.techmonitor.site.crawl;

import net.techmonitor.site.render.CatalogContentStore;
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
    private final SiteLoader loader;
    private SiteLoader.Loaded loaded;

    public ContentCrawler(CatalogContentStore store, JBakeConfiguration config, SiteLoader loader) {
        super(store, config);
        this.store = store;
        this.loader = loader;
    }

    @Override
    public void crawl() {
        loaded = loader.load();
        store.setSite(loaded.site());
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
