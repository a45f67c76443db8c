package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.crawl.ContentCrawler;
import net.techmonitor.site.crawl.SiteLoader;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.render.PageDocuments;
import net.techmonitor.site.render.PageFileRenderer;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.urls.SiteUrls;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our renderer writes each page with one open of its file instead of JBake's three checks and two opens; it must
 * write the same files, at the same paths, with the same bytes as JBake's own {@link Renderer} given the same pages.
 */
class PageFileRendererTest {
    @TempDir
    Path temp;

    @Test
    void writesEveryPageWhereAndAsJBakesRendererWritesIt() throws Exception {
        Path site = TestSites.fixture("articles", temp.resolve("site"));
        SiteSettings settings = SiteSettingsLoader.load(site, temp.resolve("out/site"), null);
        SiteUrls urls = settings.urls();
        CatalogContentStore store = new CatalogContentStore();
        ProblemCollector problems = new ProblemCollector();
        DefaultJBakeConfiguration ours = JBakeSetup.configuration(settings, temp.resolve("ours"), JBakeSetup.siteProperties(site));
        DefaultJBakeConfiguration jbakes = JBakeSetup.configuration(settings, temp.resolve("jbakes"), JBakeSetup.siteProperties(site));
        ContentCrawler crawler = new ContentCrawler(store, ours,
            new SiteLoader(settings, urls, AsciidocConverter::shared, settings.conversionCache(), problems, line -> { }));
        Renderer renderer = JBakeSetup.utensils(ours, settings, urls, store, crawler).getRenderer();
        assertInstanceOf(PageFileRenderer.class, renderer);
        crawler.crawl();
        problems.throwIfAny();

        List<PageSpec> pages = new ArrayList<>(store.site().contentPages());
        pages.addAll(store.site().generatedPages());
        Renderer stock = new Renderer(store, jbakes);
        for (PageSpec page : pages) {
            renderer.render(PageDocuments.of(page, page.sourcePath(), null));
            stock.render(PageDocuments.of(page, page.sourcePath(), null));
        }

        Map<String, byte[]> want = TestSites.files(temp.resolve("jbakes"));
        Map<String, byte[]> got = TestSites.files(temp.resolve("ours"));
        assertTrue(want.size() >= pages.size() && want.size() > 5, "JBake wrote the pages: " + want.keySet());
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
    }
}
