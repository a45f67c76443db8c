package net.techmonitor.site.cli;

import net.techmonitor.site.cache.FileDigests;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.crawl.ContentLoader;
import net.techmonitor.site.settings.SiteSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * With no conversion cached, every file will be converted, and none can be before Asciidoctor's Ruby has started
 * (seconds of one core): for {@code build} and {@code check} it starts at once, on a thread of its own, before
 * even the settings are read, while the command's thread reads them and then the content on the other core. With a
 * cache it starts as early only when an AsciiDoc file of {@code content/} is not, by its attributes, the one the last
 * build hashed ({@link FileDigests}): an edited file is most likely to be converted, and the rest of the build (the
 * up-to-date check, reading every file, the catalog) takes the other core meanwhile. Otherwise it starts at the first
 * file the cache lacks, so a build with nothing to convert never pays for it. The Ruby's thread quiets logging
 * first, as the command's does: AsciidoctorJ logs through java.util.logging.
 */
final class AsciidoctorHeadStart {
    private AsciidoctorHeadStart() {
    }

    /** Only reads the cache: a {@code --cache} that is refused later has had nothing written into it. */
    static void startIfCold(String command, CommandLineOptions options) throws CommandLineOptions.UsageException {
        if (!"build".equals(command) && !"check".equals(command)) {
            return;
        }
        Path cache = SiteOptions.cacheFolder(options);
        if (SiteSettings.conversionCache(cache, true).holdsNothing() || anEditedFile(SiteOptions.source(options).resolve("content"), cache)) {
            AsciidocConverter.startInBackground(() -> {
                Logging.quiet();
                return AsciidocConverter.shared();
            });
        }
    }

    /** Whether an AsciiDoc file under the content folder is new or changed since the last build hashed it. */
    private static boolean anEditedFile(Path content, Path cache) {
        if (!Files.isDirectory(content)) {
            return false;
        }
        FileDigests digests = FileDigests.open(cache, true);
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(ContentLoader::isAsciidoc).anyMatch(file -> {
                try {
                    return Files.isRegularFile(file) && !digests.unchanged(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return false; // the build reads the folder itself, and says what is wrong with it
        }
    }
}
