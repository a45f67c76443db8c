package net.techmonitor.site.render;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JBake's {@link Renderer} for the site's pages, writing each page with one open of its file. JBake's own
 * {@code render(DocumentModel)} looks for an old draft and an old published copy of the page, creates the file
 * empty, then opens it again, truncating it. On ext4, closing a file that was truncated starts writing it to disk at
 * once (auto_da_alloc), which cost the rendering threads CPU on every page, besides the checks and the second open. A build renders into a new staging folder and never renders
 * drafts (the catalog leaves them out), so there is no old copy to remove; the page's path, template and encoding
 * are the ones JBake's method would use.
 */
public final class PageFileRenderer extends Renderer {
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;

    public PageFileRenderer(ContentStore store, JBakeConfiguration config, DelegatingTemplateEngine engine) {
        super(store, config, engine);
        this.config = config;
        this.engine = engine;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        Path file = outputFile(config, content);
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setRenderer(engine);
        try {
            Files.createDirectories(file.getParent());
            // A new file: created by this open, never truncated.
            try (Writer out = Files.newBufferedWriter(file, Charset.forName(config.getRenderEncoding()))) {
                engine.renderDocument(model, config.getTemplateByDocType(content.getType()), out);
            }
        } catch (Exception e) {
            throw new Exception("Failed to render file " + file.toAbsolutePath() + ". Cause: " + e.getMessage(), e);
        }
    }

    /** Where JBake puts a document: its URI under the destination, its extension replaced by its type's output extension. */
    static Path outputFile(JBakeConfiguration config, DocumentModel content) {
        String name = config.getDestinationFolder().getPath() + File.separatorChar + content.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return Path.of(name + config.getOutputExtensionByDocType(content.getType()));
    }
}
