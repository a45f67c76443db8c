package net.techmonitor.site.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

/**
 * A JBake rendering tool (registered in {@code META-INF/services/org.jbake.render.RenderingTool}) that renders
 * the pages no content file stands for: the home page, the issue archive, activity listings by year and by
 * programme, the theme, country and partner indexes, and one page per country named anywhere in the content.
 * Each goes through JBake's own {@link Renderer} and so through our template engine.
 */
public final class GeneratedPagesRenderer extends CatalogRenderingTool {

    @Override
    protected int render(Renderer renderer, SiteModel site, JBakeConfiguration config) throws RenderingException {
        return PageRendering.renderAll(renderer, site, site.generatedPages(), "generated pages");
    }
}
