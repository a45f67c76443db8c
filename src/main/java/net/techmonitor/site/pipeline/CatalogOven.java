package net.techmonitor.site.pipeline;

import net.techmonitor.site.timing.StageTimer;

import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Bakes with JBake's utensils in the order of JBake's own {@code Oven.bake()}: crawl, crawl data files, every
 * {@link RenderingTool} registered with JBake's service loader. What it leaves out is JBake's {@link Asset} copy,
 * which copies every file of {@code content/} (a draft's images, include partials, script files) and lets a file
 * replace a generated one without a word; {@link FilePlanner} decides what is copied instead. And JBake's database:
 * <ul>
 *   <li>{@code Oven.bake()} always starts OrientDB (seconds of every build, and most of a rebuild) to hold
 *   documents that our catalog already holds, typed and keyed;</li>
 *   <li>JBake's {@link DocumentsRenderer} asks that database for every document of a type once per document, for
 *   previous/next links our pages do not use: rendering grows with the square of the archive. Our
 *   {@code ContentPagesRenderer} renders the same documents through the same JBake {@code Renderer}, once each.</li>
 * </ul>
 * JBake's other stock tools (index, feed, archive, tags, sitemap, 404) are switched off in the configuration and
 * return before touching a store; ours read the catalog.
 */
final class CatalogOven {
    private final Utensils utensils;
    private final List<Throwable> errors = new ArrayList<>();

    CatalogOven(Utensils utensils) {
        this.utensils = utensils;
    }

    void bake() {
        JBakeConfiguration config = utensils.getConfiguration();
        Crawler crawler = utensils.getCrawler();
        StageTimer.mark("set up JBake");
        crawler.crawl();
        crawler.crawlDataFiles();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            if (tool instanceof DocumentsRenderer) {
                continue;
            }
            try {
                tool.render(utensils.getRenderer(), utensils.getContentStore(), config);
                StageTimer.mark(tool.getClass().getSimpleName());
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
    }

    List<Throwable> errors() {
        return errors;
    }
}
