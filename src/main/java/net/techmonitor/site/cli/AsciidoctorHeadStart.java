package net.techmonitor.site.cli;

import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.settings.SiteSettings;

/**
 * With no conversion cached, every file will be converted, and none can be before Asciidoctor's Ruby has started
 * (seconds of one core): for {@code build} and {@code check} it starts at once, on a thread of its own, before
 * even the settings are read, while the command's thread reads them and then the content on the other core. With a
 * cache, {@code build} starts it as soon as its up-to-date check found an AsciiDoc file new or edited in what its
 * conversion reads (not only in its metadata, such as its themes), while the build reads the rest; otherwise it starts at the first file the cache lacks, so a build
 * with nothing to convert never pays for it. The Ruby's thread quiets logging first, as the command's does:
 * AsciidoctorJ logs through java.util.logging.
 */
final class AsciidoctorHeadStart {
    private AsciidoctorHeadStart() {
    }

    /** Only reads the cache: a {@code --cache} that is refused later has had nothing written into it. */
    static void startIfCold(String command, CommandLineOptions options) throws CommandLineOptions.UsageException {
        if (("build".equals(command) || "check".equals(command))
            && SiteSettings.conversionCache(SiteOptions.cacheFolder(options), true).holdsNothing()) {
            start();
        }
    }

    /** Starts Asciidoctor's Ruby on a thread of its own (once: the converter is shared). */
    static void start() {
        AsciidocConverter.startInBackground(() -> {
            Logging.quiet();
            return AsciidocConverter.shared();
        });
    }
}
