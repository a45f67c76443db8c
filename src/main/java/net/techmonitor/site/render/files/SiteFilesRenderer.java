package net.techmonitor.site.render.files;

import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JBake rendering tool (see {@code META-INF/services/org.jbake.render.RenderingTool}) that writes the feeds,
 * calendar, sitemap and robots.txt of {@link SiteFiles} into the output folder JBake is baking into.
 */
public final class SiteFilesRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof CatalogContentStore store)) {
            return 0;
        }
        SiteModel site = store.site();
        List<PageSpec> pages = new ArrayList<>(site.contentPages());
        pages.addAll(site.generatedPages());
        Map<String, String> files = new SiteFiles(site.catalog(), site.urls()).all(pages);
        Path output = config.getDestinationFolder().toPath();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RenderingException("cannot write site files: " + e.getMessage());
        }
        return files.size();
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
        throws RenderingException {
        return render(renderer, db, null);
    }
}
