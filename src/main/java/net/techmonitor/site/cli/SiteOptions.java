package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.CacheLocation;
import net.techmonitor.site.pipeline.OutputLocation;
import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.settings.SiteSettings;

import java.nio.file.Path;

/**
 * The options every building command shares ({@code --source}, {@code --output}, {@code --cache}, {@code --site-url},
 * {@code --base-path}, {@code --pdf-editions}), read into settings, with the output's and the cache's places checked
 * before anything is read from them or written.
 */
final class SiteOptions {
    private SiteOptions() {
    }

    /**
     * @param defaultOutput the command's own output under the source (as {@code check} has), or null for the
     *                      settings' default
     */
    static SiteSettings settings(CommandLineOptions options, String defaultOutput) throws CommandLineOptions.UsageException {
        SiteSettingsLoader.UrlOptions urls;
        try {
            urls = SiteSettingsLoader.UrlOptions.read(options.value("site-url", null), options.value("base-path", null));
        } catch (IllegalArgumentException e) {
            throw new CommandLineOptions.UsageException(e.getMessage());
        }
        SiteSettings settings = SiteSettingsLoader.loadAt(source(options), outputOption(options, defaultOutput), urls)
            .withPdfEditions(options.flag("pdf-editions")).withCacheFolder(cacheFolder(options));
        // The output first: an output that is the site folder is that, whatever it would do to the cache.
        OutputLocation.check(settings.siteRoot(), settings.output());
        try {
            CacheLocation.check(settings.siteRoot(), settings.output(), settings.cacheFolder(), options.value("cache", null) != null);
        } catch (IllegalArgumentException e) {
            throw new CommandLineOptions.UsageException(e.getMessage());
        }
        return settings;
    }

    /** The build cache's folder: {@code --cache}, or {@code <source>/target/.techmonitor-cache}. */
    static Path cacheFolder(CommandLineOptions options) throws CommandLineOptions.UsageException {
        String cache = options.value("cache", null);
        if (cache != null && cache.isBlank()) {
            throw new CommandLineOptions.UsageException("--cache needs a folder (expected e.g. --cache target/.techmonitor-cache)");
        }
        return SiteSettingsLoader.cacheFolder(source(options), cache == null ? null : Path.of(cache));
    }

    static Path source(CommandLineOptions options) {
        return Path.of(options.value("source", "."));
    }

    /** The output the options ask for, or the command's default one under the source, or null for the settings' default. */
    static Path outputOption(CommandLineOptions options, String defaultOutput) {
        String output = options.value("output", null);
        return output == null ? (defaultOutput == null ? null : source(options).resolve(defaultOutput)) : Path.of(output);
    }
}
