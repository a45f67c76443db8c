package net.techmonitor.site.render;

import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.problems.SiteProblemsException;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The rendering stage: each page's inputs worked out from the site model (unless the caller already has them),
 * rendered by its template through our JBake template engine, and handed to the caller with its HTML, several
 * pages at a time. Pages are independent (each a pure function of its inputs and its template), so the order they
 * are rendered in cannot change the output; the results come back in the order of the pages.
 */
public final class PageRenderer {
    private final SiteModel site;
    private final SiteTemplateEngine engine;

    /** One page rendered: what it is, what its template was given, and what it wrote. */
    public record RenderedPage(PageSpec page, PageInputs inputs, String html) {
    }

    /** What the caller does with each rendered page (writes it, reads its links), on the rendering thread. */
    @FunctionalInterface
    public interface Then<T> {
        T accept(RenderedPage page) throws IOException;
    }

    public PageRenderer(SiteModel site, SiteTemplateEngine engine) {
        this.site = site;
        this.engine = engine;
    }

    /**
     * @param known inputs already worked out for some pages (a preview compared them with the last build's), by output path
     * @param then   must not return null
     * @throws SiteProblemsException when a page could not be rendered (the engine reported where), after every page was tried
     */
    public <T> List<T> render(List<PageSpec> pages, Map<String, PageInputs> known, Then<T> then) throws IOException {
        List<java.util.Optional<T>> results;
        try {
            results = InOrder.map(pages, site.threads(), "render-pages", page -> {
                PageInputs inputs = known.get(page.path().outputPath());
                PageInputs given = inputs != null ? inputs : site.inputs(page);
                StringWriter html = new StringWriter();
                try {
                    engine.renderDocument(JBakePages.model(page, given), page.kind().template(), html);
                } catch (RenderingException e) {
                    return java.util.Optional.<T>empty(); // the engine reported it, with template and line
                }
                return java.util.Optional.of(then.accept(new RenderedPage(page, given, html.toString())));
            });
        } catch (InOrder.TaskFailedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        if (results.stream().anyMatch(java.util.Optional::isEmpty)) {
            ProblemCollector problems = site.problems();
            problems.throwIfAny();
            throw new SiteProblemsException(new Problem("render", "output", 0, "a page could not be rendered"));
        }
        return results.stream().map(java.util.Optional::orElseThrow).toList();
    }
}
