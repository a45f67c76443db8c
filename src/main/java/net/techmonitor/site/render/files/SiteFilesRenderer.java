package net.techmonitor.site.render.files;

import net.techmonitor.site.render.CatalogRenderingTool;
import net.techmonitor.site.render.SiteModel;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A JBake rendering tool (see {@code META-INF/services/org.jbake.render.RenderingTool}) that writes the feeds,
 * calendar, sitemap and robots.txt of {@link SiteFiles} into the output folder JBake is baking into.
 */
public final class SiteFilesRenderer extends CatalogRenderingTool {

    @Override
    protected int render(Renderer renderer, SiteModel site, JBakeConfiguration config) throws RenderingException {
        Map<String, String> files = site.siteFiles();
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
}
