package net.techmonitor.site.crawl;

import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.timing.ProgressDisplay;
import net.techmonitor.site.timing.StageTimer;
import net.techmonitor.site.urls.SiteUrls;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sources and conversion stages: the site's folders checked (no symbolic links, templates readable), every
 * content file read, decoded and its header scanned, and every body converted or taken from the cache.
 */
public final class SourceReading {
    private final SiteSettings settings;
    private final SiteUrls urls;
    private final Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private final ProblemCollector problems;
    private final Consumer<BuildMessage> progress;
    private final ProgressDisplay display;

    /**
     * The documents, the cache keys of the conversions they used (to forget the others once the build succeeded),
     * the digest of every content file read ({@link ContentLoader#fileDigests}) and the key of each published one's
     * conversion ({@link ContentLoader#conversionKeys}).
     */
    public record Sources(List<LoadedDocument> documents, Set<String> usedConversions, Map<Path, String> fileDigests,
                          Map<Path, String> conversionKeys) {
    }

    /** @param display where the conversion's "count of total" goes ({@link ProgressDisplay#OFF}: nowhere) */
    public SourceReading(SiteSettings settings, SiteUrls urls, Supplier<AsciidocConverter> converter, ConversionCache cache,
                         ProblemCollector problems, Consumer<BuildMessage> progress, ProgressDisplay display) {
        this.settings = settings;
        this.urls = urls;
        this.converter = converter;
        this.cache = cache;
        this.problems = problems;
        this.progress = progress;
        this.display = display;
    }

    /** Checks the site's folders; stops (throws) on any problem, before a file is read. */
    public void checkFolders() {
        for (Path folder : List.of(settings.contentFolder(), settings.assetFolder(), settings.templateFolder())) {
            SymbolicLinkGuard.check(settings.siteRoot(), folder, problems);
        }
        TemplateFolderCheck.check(settings.siteRoot(), settings.templateFolder(), problems);
        problems.throwIfAny();
    }

    /**
     * @param unchanged documents known not to have changed since they were read, by file: they are not read again
     * @param earlier   the documents of the build this one builds on, by file: a document read again and found equal
     *                  is given back as that very object, so that what later stages remember of it by identity holds
     *                  (a save reads again every document of the saved file's folder)
     */
    public Sources read(Map<Path, LoadedDocument> unchanged, Map<Path, LoadedDocument> earlier) {
        ContentLoader loader = new ContentLoader(settings.siteRoot(), settings.contentFolder(), urls, converter, cache,
            problems, settings.threads(), settings.includeDrafts(), settings.rawHtml(), settings.limits(),
            net.techmonitor.site.cache.FileDigests.open(settings.cacheFolder(), settings.cache()));
        List<LoadedDocument> documents = loader.load(unchanged, display).stream().map(document -> {
            LoadedDocument then = earlier.get(document.file());
            return document.equals(then) ? then : document;
        }).toList();
        StageTimer.mark("crawl + convert");
        loader.notices().forEach(notice -> progress.accept(BuildMessage.notice("html: " + notice)));
        progress.accept(BuildMessage.routine("crawl: " + documents.size() + " content files read"));
        return new Sources(documents, loader.usedKeys(), loader.fileDigests(), loader.conversionKeys());
    }
}
