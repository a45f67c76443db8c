package net.techmonitor.site.render;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;

/**
 * Base of our JBake rendering tools: they run only in our builds (JBake's own launcher has no catalog) and
 * implement JBake's deprecated five-argument entry point by delegation, as JBake 2.7.0 still requires.
 */
public abstract class CatalogRenderingTool implements RenderingTool {

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof CatalogContentStore store)) {
            return 0;
        }
        return render(renderer, store.site(), config);
    }

    /** @return how many files were written */
    protected abstract int render(Renderer renderer, SiteModel site, JBakeConfiguration config) throws RenderingException;

    @Override
    @Deprecated
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
        throws RenderingException {
        return render(renderer, db, null);
    }
}
