package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.timing.StageTimer;

import net.techmonitor.site.cache.CacheFiles;
import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.crawl.ContentLoader;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.crawl.SiteLoader;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.render.PageInputs;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.render.SiteTemplateEngine;
import net.techmonitor.site.render.files.SearchIndex;
import net.techmonitor.site.urls.SiteUrls;
import net.techmonitor.site.urls.SlashPaths;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * The rebuilds of a preview ({@code serve}), where an editor waits for each save.
 *
 * <p>The first build, and a rebuild after a template, an asset, {@code jbake.properties} or a file other than
 * AsciiDoc changed, is a whole {@link SiteBuild} into a staging folder. A rebuild after AsciiDoc files changed works
 * in place: the site model is made again from every file exactly as a build makes it (conversions of unchanged files
 * come from the cache's memory), and each page's {@link PageInputs} are compared with the last build's. Only pages
 * whose inputs changed are rendered; the feeds, calendar, sitemap and search index are recomputed and kept only where
 * they differ; every link of the site is checked against what the site will be. Only then, and only without
 * problems, are the changed files written (each replaced whole, by renaming) and the pages that no longer exist
 * deleted. A rebuild with problems writes nothing, so the preview keeps showing the last good site.</p>
 *
 * <p>The result is the site a whole build would write, file for file: {@code PreviewRebuildTest} compares them.</p>
 */
public final class PreviewRebuilder {
    private final SiteSettings settings;
    private final Lock swapLock;
    private final Consumer<BuildMessage> progress;
    private volatile boolean saveSeen;
    private boolean rehearsing;
    /** What the output holds now; null when the next rebuild must be whole. */
    private Built built;

    /** What each document's body refers to, for the file plan of the next save (documents a save did not touch are kept as they are). */
    private final Map<LoadedDocument, List<String>> referencesRead = new java.util.IdentityHashMap<>();

    /** Files saved since the last good rebuild (a rebuild with problems leaves them for the next one). */
    private final Set<Path> pending = new TreeSet<>();

    /**
     * The last good site: the documents its model was made from, each page's inputs and every generated file, by
     * output path, and the link check's reading of it.
     */
    private record Built(List<LoadedDocument> documents, Map<String, PageInputs> pages, Map<String, String> files,
                         LinkChecker.SiteLinks links, CatalogContentStore store, SiteTemplateEngine engine, FilePlan plan) {
    }

    /** What a rebuild did: how many pages the site has, how many files it wrote or deleted, and whether it was whole. */
    public record Result(int pages, int written, int deleted, boolean whole, long millis) {
    }

    /** @param swapLock held while files of the output change (the preview server reads under its read side) */
    public PreviewRebuilder(SiteSettings settings, Lock swapLock, Consumer<BuildMessage> progress) {
        this.settings = settings;
        this.swapLock = swapLock;
        // A rehearsal is the preview's own warm-up: what it finds is not news for the editor.
        this.progress = message -> {
            if (!rehearsing) {
                progress.accept(message);
            }
        };
    }

    /**
     * @param changed the files saved since the last rebuild
     * @param anything true when the watcher lost track (everything may have changed)
     */
    public synchronized Result rebuild(Set<Path> changed, boolean anything) throws IOException {
        long started = System.nanoTime();
        changed.forEach(path -> pending.add(path.toAbsolutePath().normalize()));
        if (built == null || anything || settings.pdfEditions() || !onlyAsciidocContentPending()) {
            return whole(started);
        }
        try {
            return inPlace(started, pending);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof SiteProblemsException) && !(e instanceof RehearsalStopped)) {
                // Some file may have been written and not another: the next rebuild starts again from nothing.
                built = null;
            }
            throw e;
        }
    }

    /**
     * Runs an in-place rebuild as if this file had been saved unchanged, and writes nothing: the preview does a few
     * while the editor has not saved yet, so that the JIT has compiled the path a save takes (reading the file's
     * folder again, rendering the file's pages, reading their links) before the first save is waited for.
     *
     * @return false once a save was seen (the warm-up is over: the editor's saves come first)
     */
    public boolean rehearse(Path asIfSaved) throws IOException {
        if (saveSeen) {
            return false;
        }
        synchronized (this) {
            if (built != null && pending.isEmpty() && !saveSeen) {
                rehearsing = true;
                try {
                    inPlace(System.nanoTime(), Set.of(asIfSaved.toAbsolutePath().normalize()));
                } catch (RehearsalStopped e) {
                    // a save came: it goes first
                } finally {
                    rehearsing = false;
                }
            }
        }
        return !saveSeen;
    }

    /**
     * Says a save was seen: rehearsals stop (the one running gives up at its next stage), so that the save waits
     * for no rehearsal. The editor is at work; from now on the JIT warms up on real saves.
     */
    public void saveSeen() {
        saveSeen = true;
    }

    private void stopIfRehearsingAndASaveCame() {
        if (rehearsing && saveSeen) {
            throw new RehearsalStopped();
        }
    }

    private static final class RehearsalStopped extends RuntimeException {
        RehearsalStopped() {
            super(null, null, false, false);
        }
    }

    /** Whether every file saved since the last good rebuild is AsciiDoc under content/ (else the rebuild is whole). */
    private boolean onlyAsciidocContentPending() {
        Path content = settings.contentFolder().toAbsolutePath().normalize();
        return pending.stream()
            .allMatch(path -> path.startsWith(content) && ContentLoader.isAsciidoc(path) && !Files.isDirectory(path));
    }

    private Result whole(long started) throws IOException {
        built = null;
        SiteBuild.Report report = SiteBuild.run(settings, SiteBuild.Mode.PUBLISH, progress, swapLock);
        pending.clear();
        SiteModel site = report.loaded().site();
        CatalogContentStore store = new CatalogContentStore();
        store.setSite(site);
        SiteTemplateEngine engine;
        try {
            engine = new SiteTemplateEngine(JBakeSetup.configuration(settings, settings.output(),
                JBakeSetup.siteProperties(settings.siteRoot())), store);
        } catch (ConfigurationException e) {
            throw new SiteProblemsException(new Problem("config", "jbake.properties", 0, "cannot read: " + e.getMessage()));
        }
        List<PageSpec> pages = site.allPages();
        built = new Built(report.loaded().documents(), inputsByOutput(site, pages), site.siteFiles(),
            report.links(), store, engine, report.plan());
        return new Result(report.pages(), report.pages(), 0, true, millisSince(started));
    }

    /** @param saved the files saved since the last good rebuild (in a rehearsal, the one it pretends was saved) */
    private Result inPlace(long started, Set<Path> saved) throws IOException {
        StageTimer.mark("preview: change seen");
        ProblemCollector problems = new ProblemCollector();
        SiteUrls urls = settings.urls();
        ConversionCache cache = settings.conversionCache();
        SiteLoader.Loaded loaded = new SiteLoader(settings, urls, AsciidocConverter::shared, cache, problems, progress).load(unchanged(saved));
        SiteModel site = loaded.site();
        // A save that changes which files the bodies refer to changes what is copied: that is a whole build's work.
        FilePlan plan = new FilePlanner(settings, urls.basePath(), problems, referencesRead).plan(loaded.documents());
        problems.throwIfAny();
        if (!plan.equals(built.plan())) {
            if (rehearsing) {
                return new Result(built.links().pageCount(), 0, 0, false, millisSince(started));
            }
            return whole(started);
        }
        stopIfRehearsingAndASaveCame();
        site.notices().stream().sorted().map(BuildMessage::notice).forEach(progress);

        List<PageSpec> pages = site.allPages();
        Optional<Set<String>> bodiesChanged = onlyBodiesChanged(loaded.documents());
        Map<String, PageInputs> inputs = inputsAfter(site, pages, bodiesChanged);
        Set<String> rehearsedSources = rehearsing ? sitePaths(saved) : Set.of();
        List<PageSpec> changedPages = pages.stream()
            .filter(page -> !Objects.equals(built.pages().get(page.path().outputPath()), inputs.get(page.path().outputPath()))
                || page.sourcePath() != null && rehearsedSources.contains(page.sourcePath()))
            .toList();
        StageTimer.mark("page inputs compared");
        stopIfRehearsingAndASaveCame();
        Map<String, String> written = new TreeMap<>();
        List<String> rendered = render(site, changedPages, problems);
        for (int i = 0; i < changedPages.size(); i++) {
            written.put(changedPages.get(i).path().outputPath(), rendered.get(i));
        }
        StageTimer.mark("changed pages rendered");
        Map<String, String> files = bodiesChanged.isPresent() ? withSearchIndexAgain(site) : site.siteFiles();
        StageTimer.mark("site files");
        stopIfRehearsingAndASaveCame();
        files.forEach((path, text) -> {
            if (!text.equals(built.files().get(path))) {
                written.put(path, text);
            }
        });
        Set<String> deleted = new TreeSet<>();
        built.pages().keySet().stream().filter(path -> !inputs.containsKey(path)).forEach(deleted::add);
        built.files().keySet().stream().filter(path -> !files.containsKey(path)).forEach(deleted::add);

        LinkChecker.SiteLinks links = built.links().with(written, deleted);
        new LinkChecker(urls.basePath(), settings.threads(), problems).check(links, SiteBuild.sourcesByOutput(site));
        problems.throwIfAny();
        StageTimer.mark("check links");
        if (rehearsing) {
            return new Result(links.pageCount(), 0, 0, false, millisSince(started));
        }

        write(written, deleted);
        StageTimer.mark("write");
        built = new Built(loaded.documents(), inputs, files, links, built.store(), built.engine(), built.plan());
        pending.clear();
        return new Result(links.pageCount(), written.size(), deleted.size(), false, millisSince(started));
    }

    /**
     * The documents of the last good site that no saved file can have changed: none was saved in the document's
     * folder or below, where its includes are jailed. The rest are read again (and, if their text changed, converted).
     */
    private Map<Path, LoadedDocument> unchanged(Set<Path> saved) {
        Map<Path, LoadedDocument> unchanged = new HashMap<>();
        for (LoadedDocument document : built.documents()) {
            Path folder = document.file().toAbsolutePath().normalize().getParent();
            if (saved.stream().noneMatch(path -> path.startsWith(folder))) {
                unchanged.put(document.file(), document);
            }
        }
        return unchanged;
    }

    /** The files as pages name their sources ({@code content/issues/2018-q3/x.adoc}). */
    private Set<String> sitePaths(Set<Path> files) {
        Path root = settings.siteRoot().toAbsolutePath().normalize();
        Set<String> paths = new java.util.HashSet<>();
        files.stream().filter(file -> file.startsWith(root))
            .forEach(file -> paths.add(SlashPaths.relative(root, file)));
        return paths;
    }

    /**
     * Each page's inputs after a save. A save that changed only bodies (the commonest: an editor writing) changes only
     * the pages of those documents: a body appears on its own document's page and nowhere else (other pages show
     * titles, dates and descriptions, all from headers; the search index, which has body text, is a site file and is
     * made again anyway). Then only those pages' inputs are worked out, and every other page keeps the last build's.
     * Any other change works out every page's, most of such a save's time on a large site.
     */
    private Map<String, PageInputs> inputsAfter(SiteModel site, List<PageSpec> pages, Optional<Set<String>> bodiesChanged) {
        if (bodiesChanged.isEmpty()) {
            return inputsByOutput(site, pages);
        }
        Map<String, PageInputs> inputs = new HashMap<>(built.pages());
        inputs.putAll(inputsByOutput(site, pages.stream()
            .filter(page -> page.sourcePath() != null && bodiesChanged.get().contains(page.sourcePath())).toList()));
        return inputs;
    }

    /**
     * The site files after a save that changed only bodies: the last build's, with the search index made again. The
     * index is the one site file with body text; the feeds, calendar and sitemap are made from headers and pages.
     */
    private Map<String, String> withSearchIndexAgain(SiteModel site) {
        Map<String, String> files = new java.util.LinkedHashMap<>(built.files());
        files.put(site.urls().searchIndex().outputPath(), SearchIndex.json(site.catalog(), site.urls()));
        return files;
    }

    /**
     * The documents whose body changed, when nothing else did: the same files, each with the same place, header
     * (title, every attribute and their lines) and status as in the last build. Empty otherwise, and under
     * {@code --pdf-editions}, where an issue's PDF is made from its articles' text.
     */
    private Optional<Set<String>> onlyBodiesChanged(List<LoadedDocument> documents) {
        if (settings.pdfEditions() || documents.size() != built.documents().size()) {
            return Optional.empty();
        }
        Map<Path, LoadedDocument> before = new HashMap<>();
        built.documents().forEach(document -> before.put(document.file(), document));
        Set<String> changed = new java.util.HashSet<>();
        for (LoadedDocument now : documents) {
            LoadedDocument then = before.get(now.file());
            if (then == now) {
                continue;
            }
            if (then == null || !then.sitePath().equals(now.sitePath()) || !then.place().equals(now.place())
                || !then.header().equals(now.header()) || then.published() != now.published()) {
                return Optional.empty();
            }
            if (!Objects.equals(then.bodyHtml(), now.bodyHtml()) || !Objects.equals(then.bodyText(), now.bodyText())) {
                changed.add(now.sitePath());
            }
        }
        return Optional.of(changed);
    }

    private static Map<String, PageInputs> inputsByOutput(SiteModel site, List<PageSpec> pages) {
        List<PageInputs> inputs = InOrder.map(pages, site.threads(), "page-inputs", site::inputs);
        Map<String, PageInputs> byOutput = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byOutput.put(pages.get(i).path().outputPath(), inputs.get(i));
        }
        return byOutput;
    }

    /** Renders the changed pages with the templates of the last whole build (templates unchanged since). */
    private List<String> render(SiteModel site, List<PageSpec> pages, ProblemCollector problems) {
        if (pages.isEmpty()) {
            return List.of();
        }
        built.store().setSite(site);
        List<String> rendered = InOrder.map(pages, site.threads(), "render-pages", page -> {
            try {
                return built.engine().render(page);
            } catch (RenderingException e) {
                return null; // the engine reported it, with template and line
            }
        });
        if (rendered.contains(null)) {
            problems.throwIfAny();
            throw new SiteProblemsException(new Problem("render", "output", 0, "a page could not be rendered"));
        }
        return rendered;
    }

    /** Replaces each changed file whole (a reader sees the old page or the new one, never half) and deletes the rest. */
    private void write(Map<String, String> written, Set<String> deleted) throws IOException {
        Path output = settings.output().toAbsolutePath().normalize();
        List<Path> staged = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : written.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                // Not createTempFile: its owner-only permissions would stay on the page after the rename.
                Path temporary = target.resolveSibling(".preview-" + java.util.UUID.randomUUID() + ".tmp");
                staged.add(temporary);
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            }
            swapLock.lock();
            try {
                int i = 0;
                for (String path : written.keySet()) {
                    CacheFiles.moveIntoPlace(staged.get(i++), output.resolve(path));
                }
                for (String path : deleted) {
                    Path gone = output.resolve(path);
                    Files.deleteIfExists(gone);
                    deleteEmptyFolders(output, gone.getParent());
                }
            } finally {
                swapLock.unlock();
            }
        } finally {
            for (Path temporary : staged) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void deleteEmptyFolders(Path output, Path folder) throws IOException {
        while (folder != null && folder.startsWith(output) && !folder.equals(output)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
            folder = folder.getParent();
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
