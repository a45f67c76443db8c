package net.techmonitor.site.crawl;

import net.techmonitor.site.source.LoadedDocument;

import net.techmonitor.site.source.DocumentKind;

import net.techmonitor.site.source.ContentPlace;

import net.techmonitor.site.timing.ProgressDisplay;
import net.techmonitor.site.timing.ProgressLine;
import net.techmonitor.site.timing.StageTimer;
import net.techmonitor.site.cache.ContentKey;
import net.techmonitor.site.cache.Conversion;
import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.cache.GeneratorFingerprint;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.convert.BodyFinisher;
import net.techmonitor.site.convert.ContentLimits;
import net.techmonitor.site.convert.ConvertedBody;
import net.techmonitor.site.convert.SourceLimitsScan;
import net.techmonitor.site.convert.MachinePaths;
import net.techmonitor.site.convert.RawHtmlPolicy;
import net.techmonitor.site.convert.WarningLines;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.source.SearchableText;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ControlCharacters;
import net.techmonitor.site.source.HeaderReads;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;
import net.techmonitor.site.urls.SiteUrls;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Sources and conversion, scheduled: finds every AsciiDoc file under {@code content/}, has each read
 * ({@link SourceFileReader}) and, when published, converted ({@link BodyConversion}) unless the cache holds its
 * conversion, several files at a time: all are read first, so Asciidoctor starts while files are still read.
 * Every problem is collected; files with problems are left out of the result.
 */
public final class ContentLoader {
    private static final String STAGE = "crawl";
    public static final List<String> ASCIIDOC_EXTENSIONS = List.of(".adoc", ".asciidoc", ".ad");
    /**
     * Fewer files to convert show no progress: a preview's save converts one, and a small site's cold build waits
     * for Asciidoctor to start, not for its files.
     */
    static final int SHOW_PROGRESS_FROM = 100;

    /** What is left to do for one file once it is read: the work, and whether it is a conversion (else a lookup). */
    private record Pending(Callable<LoadedDocument> work, boolean converts) {
    }

    private final Path siteRoot;
    private final Path contentRoot;
    /** Started only when some file is not in the cache: starting Asciidoctor costs seconds. */
    private final Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();
    private final ProblemCollector problems;
    private final int threads;
    private final boolean includeDrafts;
    private final List<String> notices = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The digest of every file read, by absolute path: the build records its inputs by them without reading again. */
    private final java.util.Map<Path, String> fileDigests = new ConcurrentHashMap<>();
    /** The key of every published file's conversion, by absolute path: equal keys, equal bodies (for the next build). */
    private final java.util.Map<Path, String> conversionKeys = new ConcurrentHashMap<>();
    private final SourceFileReader sources;
    private final BodyConversion bodies;

    public ContentLoader(Path siteRoot, Path contentRoot, SiteUrls urls, Supplier<AsciidocConverter> converter, ConversionCache cache,
                         ProblemCollector problems, int threads, boolean includeDrafts, RawHtmlPolicy rawHtml, ContentLimits limits,
                         net.techmonitor.site.cache.FileDigests digests) {
        this.siteRoot = siteRoot;
        this.contentRoot = contentRoot;
        this.converter = converter;
        this.cache = cache;
        this.problems = problems;
        this.threads = Math.max(1, threads);
        this.includeDrafts = includeDrafts;
        this.sources = new SourceFileReader(siteRoot, contentRoot, limits, digests);
        this.bodies = new BodyConversion(siteRoot, contentRoot, urls, converter, rawHtml, limits);
    }

    /** What the build changed in content without failing (unsafe HTML removed), one line per file, sorted. */
    public List<String> notices() {
        synchronized (notices) {
            return notices.stream().sorted().toList();
        }
    }

    /** {@link ContentKey#ofFile} of every file this load read, by absolute, normalised path. */
    public java.util.Map<Path, String> fileDigests() {
        return java.util.Map.copyOf(fileDigests);
    }

    /** The key of the conversion of every published file this load read, by absolute, normalised path. */
    public java.util.Map<Path, String> conversionKeys() {
        return java.util.Map.copyOf(conversionKeys);
    }

    /** The cache keys of every conversion this load used or made, so the build can forget the rest. */
    public Set<String> usedKeys() {
        return Set.copyOf(usedKeys);
    }

    public static boolean isAsciidoc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ASCIIDOC_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public List<LoadedDocument> load() {
        return load(java.util.Map.of());
    }

    /**
     * @param unchanged documents a preview knows are unchanged since it last loaded them (no file in their folder or
     *                  below was saved since, so not even an included one), by file: they are taken as they are
     */
    public List<LoadedDocument> load(java.util.Map<Path, LoadedDocument> unchanged) {
        return load(unchanged, ProgressDisplay.OFF);
    }

    /** @param display where the conversion's "count of total" goes, when it has enough files to convert to matter */
    public List<LoadedDocument> load(java.util.Map<Path, LoadedDocument> unchanged, ProgressDisplay display) {
        try {
            // First every file is read, checked and looked up in the cache; then what is not cached is converted.
            List<Pending> rest = InOrder.map(sourceFiles(), threads, "asciidoc-read", file -> {
                    LoadedDocument known = unchanged.get(file);
                    return known != null ? Optional.of(new Pending(() -> known, false)) : readOne(file);
                })
                .stream().flatMap(Optional::stream).toList();
            StageTimer.event("content files read");
            int converting = (int) rest.stream().filter(Pending::converts).count();
            try (ProgressLine line = display.start("convert", converting, "documents", SHOW_PROGRESS_FROM)) {
                List<LoadedDocument> documents = InOrder.map(rest, threads, "asciidoc-convert", pending -> {
                    LoadedDocument document = pending.work().call();
                    if (pending.converts()) {
                        line.step();
                    }
                    return document;
                });
                line.finish();
                return documents;
            }
        } catch (InOrder.TaskFailedException e) {
            throw new IllegalStateException("conversion failed: " + e.getCause(), e.getCause());
        } finally {
            // Even when the build then fails: the next one should not convert the same files again.
            cache.finishWriting();
        }
    }


    private List<Path> sourceFiles() {
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            return walk.filter(Files::isRegularFile)
                .filter(file -> !isHidden(contentRoot.relativize(file)))
                .filter(ContentLoader::isAsciidoc)
                .sorted(Comparator.comparing(Path::toString))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentRoot, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads and checks one file; what is left to do for it (its conversion, unless cached) comes back to be run later. */
    private Optional<Pending> readOne(Path file) throws IOException {
        // Each file collects its own problems: whether this file is usable must not depend on other threads.
        ProblemCollector fileProblems = new ProblemCollector();
        try {
            return loadOne(file, fileProblems);
        } finally {
            fileProblems.sorted().forEach(problems::add);
        }
    }

    private Optional<Pending> loadOne(Path file, ProblemCollector problems) throws IOException {
        Optional<SourceFileReader.Read> read = sources.read(file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String sitePath = read.get().sitePath();
        String contentPath = read.get().contentPath();
        SourceHeader header = read.get().header();
        SourceText text = read.get().text();
        String digest = read.get().digest();
        fileDigests.put(file.toAbsolutePath().normalize(), digest);
        // In a preview with --drafts a draft is shown as if published; a build never does this.
        boolean published = read.get().published() || includeDrafts;
        ContentPlace place = read.get().place();
        if (!published) {
            LoadedDocument draft = new LoadedDocument(file, sitePath, place, header, false, null, null, false);
            return Optional.of(new Pending(() -> draft, false));
        }
        String key = bodies.key(file, sitePath, contentPath, read.get().conversionDigest(), text.text().contains("include::"));
        usedKeys.add(key);
        conversionKeys.put(file.toAbsolutePath().normalize(), key);
        Optional<Conversion> cached = cache.find(key);
        if (cached.isPresent()) {
            LoadedDocument document = loaded(file, sitePath, place, header, cached.get());
            return Optional.of(new Pending(() -> document, false));
        }
        startAsciidoctor();
        return Optional.of(new Pending(() -> {
            Conversion conversion;
            try {
                conversion = bodies.convert(file, sitePath, contentPath, text);
                cache.store(key, conversion);
            } catch (AsciidocConverter.LimitExceededException e) {
                // Not cached: whether a document runs out of time or memory depends on the machine's load that day.
                conversion = new Conversion("", "", List.of(new net.techmonitor.site.problems.Problem("convert", sitePath, 0, e.getMessage())),
                    List.of());
            }
            return loaded(file, sitePath, place, header, conversion);
        }, true));
    }

    private LoadedDocument loaded(Path file, String sitePath, ContentPlace place, SourceHeader header, Conversion conversion) {
        conversion.problems().forEach(problems::add);
        notices.addAll(conversion.notices());
        return new LoadedDocument(file, sitePath, place, header, true, conversion.body(), conversion.text(),
            net.techmonitor.site.convert.DocumentLinks.mayHave(conversion.body()));
    }

    /**
     * Starting Asciidoctor's Ruby takes seconds on one core: it starts on its own thread at the first file the
     * cache does not have, while the other files are still being read, checked and looked up.
     */
    private void startAsciidoctor() {
        if (starting.compareAndSet(false, true)) {
            AsciidocConverter.startInBackground(converter);
        }
    }
}
