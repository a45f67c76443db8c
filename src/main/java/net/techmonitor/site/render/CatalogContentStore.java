package net.techmonitor.site.render;

import org.jbake.app.ContentStore;

/**
 * JBake's content store, carrying our typed site model. This is how our crawler hands the catalog to our template
 * engine and rendering tools: JBake gives each of them the store. Its OrientDB database is never started (see
 * {@code CatalogOven}): every page is found in the catalog, by key, so nothing is stored twice or queried.
 */
public final class CatalogContentStore extends ContentStore {
    private SiteModel site;

    public CatalogContentStore() {
        super("memory", "techmonitor");
    }

    public void setSite(SiteModel site) {
        this.site = site;
    }

    public SiteModel site() {
        if (site == null) {
            throw new IllegalStateException("the catalog is not built yet: the crawler runs before rendering");
        }
        return site;
    }
}
