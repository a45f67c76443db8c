package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.settings.SiteSettings;

import java.nio.file.Path;

/** The options every building command shares ({@code --source}, {@code --output}, {@code --site-url}, {@code --base-path}, {@code --pdf-editions}), read into settings. */
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
        return SiteSettingsLoader.loadAt(source(options), outputOption(options, defaultOutput), urls)
            .withPdfEditions(options.flag("pdf-editions"));
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
