package net.techmonitor.site.render;

import net.techmonitor.site.parallel.InOrder;
import org.jbake.app.Renderer;
import org.jbake.template.RenderingException;

import java.util.List;
import java.util.Optional;

/**
 * Renders a list of pages through JBake's {@link Renderer}, on the site's threads, collecting every failure
 * before giving up. Pages are independent (each a pure function of the read-only site model, written to its own
 * file), so the order they are rendered in cannot change the output.
 */
final class PageRendering {
    private PageRendering() {
    }

    static int renderAll(Renderer renderer, SiteModel site, List<PageSpec> pages, String what) throws RenderingException {
        List<String> errors = InOrder.map(pages, site.threads(), "render-pages", page -> renderOne(renderer, page))
            .stream().flatMap(Optional::stream).toList();
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render " + what + ":\n" + String.join("\n", errors));
        }
        return pages.size();
    }

    private static Optional<String> renderOne(Renderer renderer, PageSpec page) {
        try {
            renderer.render(PageDocuments.of(page, page.sourcePath(), null));
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
