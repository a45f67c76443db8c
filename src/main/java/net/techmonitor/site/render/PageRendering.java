package net.techmonitor.site.render;

import org.jbake.app.Renderer;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a list of pages through JBake's {@link Renderer}, on the site's threads, collecting every failure
 * before giving up. Pages are independent (each a pure function of the read-only site model, written to its own
 * file), so the order they are rendered in cannot change the output.
 */
final class PageRendering {
    private PageRendering() {
    }

    static int renderAll(Renderer renderer, SiteModel site, List<PageSpec> pages, String what) throws RenderingException {
        List<String> errors = new ArrayList<>();
        if (site.threads() == 1 || pages.size() < 2) {
            for (PageSpec page : pages) {
                renderOne(renderer, page).ifPresent(errors::add);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(site.threads(), pages.size()), runnable -> {
                Thread thread = new Thread(runnable, "render-pages");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<java.util.Optional<String>>> results = new ArrayList<>();
                for (PageSpec page : pages) {
                    results.add(pool.submit(() -> renderOne(renderer, page)));
                }
                for (Future<java.util.Optional<String>> result : results) {
                    result.get().ifPresent(errors::add);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderingException("interrupted while rendering " + what);
            } catch (ExecutionException e) {
                throw new RenderingException("Failed to render " + what + ": " + e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render " + what + ":\n" + String.join("\n", errors));
        }
        return pages.size();
    }

    private static java.util.Optional<String> renderOne(Renderer renderer, PageSpec page) {
        try {
            renderer.render(PageDocuments.of(page, page.sourcePath(), null));
            return java.util.Optional.empty();
        } catch (Exception e) {
            return java.util.Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
