package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.render.PageKind;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JBake's configuration for one build, in layers: our fixed settings, then the site's {@code jbake.properties},
 * then JBake's defaults; never the JVM's system properties, which stock JBake would export to AsciiDoc as
 * attributes. Our template engine is given it, as JBake gives its engines theirs.
 */
final class JBakeSetup {
    private JBakeSetup() {
    }

    static DefaultJBakeConfiguration configuration(SiteSettings settings, Path destination, CompositeConfiguration siteProperties) {
        CompositeConfiguration layers = new CompositeConfiguration();
        layers.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        layers.addConfiguration(new MapConfiguration(fixedSettings()));
        layers.addConfiguration(siteProperties);
        layers.addConfiguration(jbakeDefaults());
        DefaultJBakeConfiguration configuration = new FixedJBakeConfiguration(settings.siteRoot().toFile(), layers);
        configuration.setDestinationFolder(destination.toFile());
        configuration.setTemplateFolder(settings.templateFolder().toFile());
        configuration.setContentFolder(settings.contentFolder().toFile());
        configuration.setAssetFolder(settings.assetFolder().toFile());
        return configuration;
    }

    /** Settings the generator relies on; a site's jbake.properties cannot change them. */
    private static Map<String, Object> fixedSettings() {
        Map<String, Object> fixed = new LinkedHashMap<>();
        for (PageKind kind : PageKind.values()) {
            fixed.put("template." + kind.type() + ".file", kind.template());
        }
        // Stock renderers would look for templates this site does not have; our rendering tools write these pages.
        for (String stock : new String[]{"index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404"}) {
            fixed.put("render." + stock, false);
        }
        fixed.put("asciidoctor.attributes.export", false);
        fixed.put("db.store", "memory");
        fixed.put("db.clear.cache", true);
        fixed.put("output.extension", ".html");
        fixed.put("uri.noExtension", false);
        fixed.put("img.path.update", false);
        fixed.put("render.encoding", "UTF-8");
        fixed.put("template.encoding", "UTF-8");
        return fixed;
    }

    private static PropertiesConfiguration jbakeDefaults() {
        PropertiesConfiguration defaults = new PropertiesConfiguration();
        try (InputStream in = JBakeSetup.class.getClassLoader().getResourceAsStream("default.properties")) {
            if (in != null) {
                new FileHandler(defaults).load(in, "UTF-8");
            }
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("cannot read JBake's default.properties", e);
        }
        return defaults;
    }

    /** The site's jbake.properties (empty when it has none). */
    static CompositeConfiguration siteProperties(Path siteRoot) throws ConfigurationException, IOException {
        CompositeConfiguration site = new CompositeConfiguration();
        site.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        Path file = siteRoot.resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            PropertiesConfiguration properties = new PropertiesConfiguration();
            properties.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.read(reader);
            }
            site.addConfiguration(properties);
        }
        return site;
    }
}
