package net.techmonitor.site.crawl;

import net.techmonitor.site.source.LoadedDocument;

import net.techmonitor.site.source.DocumentKind;

import net.techmonitor.site.source.ContentPlace;

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
 * Crawl and convert: finds every AsciiDoc file under {@code content/}, reads it (strict UTF-8), checks its
 * header's type and status against its folder, and converts published ones, several at a time, reusing the
 * conversions of earlier builds whose inputs are unchanged.
 * Every problem is collected; files with problems are left out of the result.
 */
public final class ContentLoader {
    private static final String STAGE = "crawl";
    public static final List<String> ASCIIDOC_EXTENSIONS = List.of(".adoc", ".asciidoc", ".ad");

    private final Path siteRoot;
    private final Path contentRoot;
    private final SiteUrls urls;
    /** Started only when some file is not in the cache: starting Asciidoctor costs seconds. */
    private final Supplier<AsciidocConverter> converter;
    private final ConversionCache cache;
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();
    private final ProblemCollector problems;
    private final int threads;
    private final boolean includeDrafts;
    private final RawHtmlPolicy rawHtml;
    private final List<String> notices = java.util.Collections.synchronizedList(new ArrayList<>());
    /** The digest of every file read, by absolute path: the build records its inputs by them without reading again. */
    private final java.util.Map<Path, String> fileDigests = new ConcurrentHashMap<>();
    private final MachinePaths machinePaths;
    private final ContentLimits limits;

    public ContentLoader(Path siteRoot, Path contentRoot, SiteUrls urls, Supplier<AsciidocConverter> converter, ConversionCache cache,
                         ProblemCollector problems, int threads, boolean includeDrafts, RawHtmlPolicy rawHtml, ContentLimits limits) {
        this.siteRoot = siteRoot;
        this.contentRoot = contentRoot;
        this.urls = urls;
        this.converter = converter;
        this.cache = cache;
        this.problems = problems;
        this.threads = Math.max(1, threads);
        this.includeDrafts = includeDrafts;
        this.rawHtml = rawHtml;
        this.machinePaths = new MachinePaths(siteRoot);
        this.limits = limits;
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
        try {
            // First every file is read, checked and looked up in the cache; then what is not cached is converted.
            List<Callable<LoadedDocument>> rest = InOrder.map(sourceFiles(), threads, "asciidoc-read", file -> {
                    LoadedDocument known = unchanged.get(file);
                    return known != null ? Optional.<Callable<LoadedDocument>>of(() -> known) : readOne(file);
                })
                .stream().flatMap(Optional::stream).toList();
            StageTimer.event("content files read");
            return InOrder.map(rest, threads, "asciidoc-convert", Callable::call);
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
    private Optional<Callable<LoadedDocument>> readOne(Path file) throws IOException {
        // Each file collects its own problems: whether this file is usable must not depend on other threads.
        ProblemCollector fileProblems = new ProblemCollector();
        try {
            return loadOne(file, fileProblems);
        } finally {
            fileProblems.sorted().forEach(problems::add);
        }
    }

    private Optional<Callable<LoadedDocument>> loadOne(Path file, ProblemCollector problems) throws IOException {
        String sitePath = SlashPaths.relative(siteRoot, file);
        String contentPath = SlashPaths.relative(contentRoot, file);
        long size = Files.size(file);
        if (size > limits.fileBytes()) {
            problems.add(STAGE, sitePath, 0, String.format(Locale.ROOT, "file of %,d bytes (expected at most %,d: split it into several"
                + " documents; content.limit.file-size in jbake.properties)", size, limits.fileBytes()));
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        String digest = ContentKey.ofFile(bytes);
        fileDigests.put(file.toAbsolutePath().normalize(), digest);
        SourceText text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.NotUtf8Exception e) {
            problems.add(STAGE, sitePath, e.line(), "file is not valid UTF-8 (expected UTF-8 text; re-save the file as UTF-8)");
            return Optional.empty();
        }
        List<ControlCharacters.Found> controls = ControlCharacters.find(text.text());
        if (!controls.isEmpty()) {
            controls.forEach(found -> problems.add(STAGE, sitePath, found.line(), found.message()));
            return Optional.empty();
        }
        if (text.text().isBlank()) {
            problems.add(STAGE, sitePath, 0, "file is empty (expected a document header: '= Title', then ':jbake-type:' and ':jbake-status:')");
            return Optional.empty();
        }
        SourceHeader header = AsciidocHeaderScanner.scan(text.lines(),
            (line, message) -> problems.add(STAGE, sitePath, line, message));
        if (header == null) {
            problems.add(STAGE, sitePath, 1, "no document header (expected '= Title' on the first line, followed by attribute entries such as ':jbake-type: article')");
            return Optional.empty();
        }
        HeaderReads reads = new HeaderReads(header, (line, message) -> problems.add(STAGE, sitePath, line, message));
        Optional<String> type = reads.value("jbake-type");
        Optional<String> status = reads.value("jbake-status");
        reads.reportBelowHeader();
        if (type.isEmpty()) {
            reads.missing("jbake-type", "one of: " + DocumentKind.allTypes());
        }
        if (status.isEmpty()) {
            reads.missing("jbake-status", "published or draft");
        } else if (!status.get().equals("published") && !status.get().equals("draft")) {
            problems.add(STAGE, sitePath, header.attribute("jbake-status").orElseThrow().line(),
                "unknown :jbake-status: '" + status.get() + "' (expected published or draft)");
        }
        ContentPlace.Result placed = ContentPlace.of(contentPath);
        Optional<DocumentKind> kind = type.flatMap(DocumentKind::ofType);
        if (type.isPresent() && kind.isEmpty()) {
            problems.add(STAGE, sitePath, header.attribute("jbake-type").orElseThrow().line(),
                "unknown :jbake-type: '" + type.get() + "' (expected one of: " + DocumentKind.allTypes() + ")");
        }
        if (placed.place().isEmpty()) {
            problems.add(STAGE, sitePath, 0, placed.problem());
        } else if (kind.isPresent() && kind.get() != placed.place().get().kind()) {
            problems.add(STAGE, sitePath, header.attribute("jbake-type").orElseThrow().line(), misplaced(kind.get()));
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        // In a preview with --drafts a draft is shown as if published; a build never does this.
        boolean published = status.orElseThrow().equals("published") || includeDrafts;
        ContentPlace place = placed.place().orElseThrow();
        if (!published) {
            LoadedDocument draft = new LoadedDocument(file, sitePath, place, header, false, null, null);
            return Optional.of(() -> draft);
        }
        String key = conversionKey(file, sitePath, contentPath, digest, text.text().contains("include::"));
        usedKeys.add(key);
        Optional<Conversion> cached = cache.find(key);
        if (cached.isPresent()) {
            LoadedDocument document = loaded(file, sitePath, place, header, cached.get());
            return Optional.of(() -> document);
        }
        startAsciidoctor();
        return Optional.of(() -> {
            Conversion conversion;
            try {
                conversion = convert(file, sitePath, contentPath, text);
                cache.store(key, conversion);
            } catch (AsciidocConverter.LimitExceededException e) {
                // Not cached: whether a document runs out of time or memory depends on the machine's load that day.
                conversion = new Conversion("", "", List.of(new net.techmonitor.site.problems.Problem("convert", sitePath, 0, e.getMessage())),
                    List.of());
            }
            return loaded(file, sitePath, place, header, conversion);
        });
    }

    private LoadedDocument loaded(Path file, String sitePath, ContentPlace place, SourceHeader header, Conversion conversion) {
        conversion.problems().forEach(problems::add);
        notices.addAll(conversion.notices());
        return new LoadedDocument(file, sitePath, place, header, true, conversion.body(), conversion.text());
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

    /**
     * Converts one published file and finishes its body: Asciidoctor, then local links made site-absolute,
     * external references hardened and (under {@code content.raw-html=safe}) unsafe raw HTML removed.
     */
    private Conversion convert(Path file, String sitePath, String contentPath, SourceText text) {
        ProblemCollector found = new ProblemCollector();
        List<SourceLimitsScan.Finding> overLimits = SourceLimitsScan.scan(text.lines(), file.toAbsolutePath().getParent(), limits);
        if (!overLimits.isEmpty()) {
            overLimits.forEach(finding -> found.add("convert", sitePath, finding.line(), finding.message()));
            return new Conversion("", "", found.sorted(), List.of());
        }
        List<String> removed = new ArrayList<>();
        String folderUrl = urls.contentFolder(parentOf(contentPath));
        ConvertedBody converted = converter.get().convert(file, text.text(),
            (line, message) -> found.add("convert", sitePath, line > 0 ? line : WarningLines.locate(text.lines(), message),
                readable(message)), limits);
        String html = converted.html();
        // Only when no reference was refused already: that message names the line and the attribute.
        machinePaths.findIn(converted.machineAttributeRefused() ? "" : html).ifPresent(path -> found.add("convert", sitePath, 0,
            "the converted text shows a folder of the build machine (expected no attribute reference or directive that gives"
                + " the machine's folders; link to files with paths relative to this file)"));
        BodyFinisher.Finished finished = BodyFinisher.finish(html, folderUrl, urls.basePath(), rawHtml);
        for (String url : finished.insecureEmbeds()) {
            found.add("convert", sitePath, WarningLines.firstLineContaining(text.lines(), url), "insecure http:// resource '" + url
                + "' (expected an https:// address: the site is served over https, and browsers block mixed content)");
        }
        if (!finished.removed().isEmpty()) {
            removed.add(sitePath + ": removed " + String.join(", ", finished.removed())
                + " (unsafe raw HTML; content.raw-html=safe in jbake.properties)");
        }
        // Only the text the search index can use is kept, in memory and in the cache.
        return new Conversion(finished.html(), SearchableText.usablePart(finished.text()), found.sorted(), removed);
    }

    /**
     * Everything a converted body depends on: the generator's code, the file's place and bytes (by their digest), the
     * settings the finishing steps use, and, when the file includes others, every file it could include (its folder
     * and below, where SAFE mode jails includes).
     */
    private String conversionKey(Path file, String sitePath, String contentPath, String fileDigest, boolean includes) throws IOException {
        ContentKey key = ContentKey.of("conversion").with(GeneratorFingerprint.value()).with(sitePath)
            .with(urls.contentFolder(parentOf(contentPath))).with(urls.basePath()).with(rawHtml.name()).with(limits.key()).with(fileDigest);
        if (includes) {
            Path folder = file.toAbsolutePath().getParent();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path included : walk.filter(Files::isRegularFile).sorted().toList()) {
                    key.with(folder.relativize(included).toString()).with(Files.readAllBytes(included));
                }
            }
        }
        return key.hex();
    }

    /** Asciidoctor's words for a refused include, in the editor's terms, and no absolute paths of this machine. */
    private String readable(String message) {
        if (message.contains("jail")) {
            return "include of a file outside this file's folder is refused (expected includes of files in the same folder or below)";
        }
        return message.replace(contentRoot.toAbsolutePath() + "/", "content/").replace(siteRoot.toAbsolutePath() + "/", "");
    }

    private static String misplaced(DocumentKind kind) {
        if (kind == DocumentKind.ARTICLE) {
            return "article outside an issue folder (expected " + kind.place() + ")";
        }
        return kind.type() + " in the wrong folder (expected " + kind.place() + ")";
    }

    private static String parentOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }
}
