package net.techmonitor.site.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * A JBake rendering tool that renders the page of every content file (issues, articles, activities, themes,
 * partners, plain pages) through JBake's own {@link Renderer}, once each: it stands in for JBake's
 * {@code DocumentsRenderer}, whose previous/next look-ups make rendering quadratic (see {@code CatalogOven}).
 */
public final class ContentPagesRenderer extends CatalogRenderingTool {

    @Override
    protected int render(Renderer renderer, SiteModel site, JBakeConfiguration config) throws RenderingException {
        return PageRendering.renderAll(renderer, site, site.contentPages(), "content pages");
    }
}
