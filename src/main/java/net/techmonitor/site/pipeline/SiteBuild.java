package net.techmonitor.site.pipeline;

import net.techmonitor.site.cache.ValueDigest;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.catalog.CatalogValidator;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.crawl.SourceReading;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.render.CrossReferences;
import net.techmonitor.site.render.PageInputs;
import net.techmonitor.site.render.PageRenderer;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.render.SiteTemplateEngine;
import net.techmonitor.site.render.cite.ReferenceStyles;
import net.techmonitor.site.render.pdf.PdfEditions;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.timing.ProgressDisplay;
import net.techmonitor.site.timing.ProgressLine;
import net.techmonitor.site.timing.StageTimer;
import net.techmonitor.site.urls.SiteUrls;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The build: every stage, in order, in {@link #run(Mode, SiteChange, BuiltSite)}. {@code check} runs it on nothing;
 * {@code build} on what the last build into its output kept ({@link BuildState}, see {@link #build}), so that it
 * renders and writes only what changed; each save of {@code serve} runs it on the site the last save built, with the
 * files saved, and the same stages then do only what the save changed. Any problem stops the build before
 * publishing; the output is left as it was.
 *
 * <p>Over 300 lines on purpose: the stages are read top to bottom in one method, and the few steps it calls for
 * one stage only (PDFs, copied pages, the reference cache, the digests a build state keeps) stay beside it rather
 * than in classes of one method.</p>
 */
public final class SiteBuild {

    /** Whether the result replaces the output ({@code build}, {@code serve}), is thrown away ({@code check}), or is a preview's warm-up. */
    public enum Mode { PUBLISH, CHECK, REHEARSE }

    /**
     * What a successful build did.
     *
     * @param written     files written (on a whole build, its pages; on a last build's state, the pages rendered)
     * @param whole       whether every page was rendered and the output replaced whole (else built on what it held)
     * @param built       what the output now holds, for the next build to build on; null unless asked for
     * @param fileDigests the digest of every content file read, by absolute path
     * @param next        what a {@code build} leaves for the next one to build on; null unless asked for
     */
    public record Report(Path output, int pages, int written, int deleted, boolean whole, long millis, BuiltSite built,
                         Map<Path, String> fileDigests, BuildState next) {
    }

    /** A rehearsal gave way to a save. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final SiteSettings settings;
    private final Consumer<BuildMessage> progress;
    private final ProgressDisplay display;
    private final Lock swapLock;
    private final boolean keepsBuiltSite;
    private final BooleanSupplier stopRehearsal;
    /** For a {@code build}: the digest of everything but the content's AsciiDoc files, to keep a state for; or null. */
    private final String frame;
    /** For a {@code build}: the state the last build into the output kept for this frame, to build on; or null. */
    private final BuildState last;

    /**
     * @param swapLock       held while files of the output change (the preview server reads under its read side), or null
     * @param keepsBuiltSite whether the report carries the {@link BuiltSite} (a preview's; a one-off build needs none)
     * @param stopRehearsal  asked between stages of a rehearsal: true stops it
     * @param display        where the "count of total" of long work (conversion, PDFs) goes, beside the messages
     */
    public SiteBuild(SiteSettings settings, Consumer<BuildMessage> progress, ProgressDisplay display, Lock swapLock,
                     boolean keepsBuiltSite, BooleanSupplier stopRehearsal) {
        this(settings, progress, display, swapLock, keepsBuiltSite, stopRehearsal, null, null);
    }

    private SiteBuild(SiteSettings settings, Consumer<BuildMessage> progress, ProgressDisplay display, Lock swapLock,
                      boolean keepsBuiltSite, BooleanSupplier stopRehearsal, String frame, BuildState last) {
        this.frame = frame;
        this.last = last;
        this.settings = settings;
        this.progress = progress;
        this.display = display;
        this.swapLock = swapLock;
        this.keepsBuiltSite = keepsBuiltSite;
        this.stopRehearsal = stopRehearsal;
    }

    public static Report run(SiteSettings settings) throws IOException {
        return run(settings, Mode.PUBLISH, message -> { });
    }

    public static Report run(SiteSettings settings, Mode mode, Consumer<BuildMessage> progress) throws IOException {
        return run(settings, mode, progress, null);
    }

    public static Report run(SiteSettings settings, Mode mode, Consumer<BuildMessage> progress, Lock swapLock) throws IOException {
        return run(settings, mode, progress, ProgressDisplay.OFF, swapLock);
    }

    /** A whole build. */
    public static Report run(SiteSettings settings, Mode mode, Consumer<BuildMessage> progress, ProgressDisplay display, Lock swapLock)
        throws IOException {
        return new SiteBuild(settings, progress, display, swapLock, false, () -> false).run(mode, SiteChange.EVERYTHING, null);
    }

    /**
     * A {@code build} that keeps what it built for the next one ({@link BuildState}) and, given what the last one kept,
     * builds on it: reads and converts as a whole build (the cache holds the conversions), works out every page's
     * inputs (when only bodies changed, only theirs) and renders and writes only the pages and site files whose inputs
     * changed, into a staging folder seeded with the output's files; published in one step, as a whole build is.
     * PDF editions ({@code --pdf-editions}) are made from many documents each: such a build is whole, and keeps nothing.
     *
     * @param frame the digest of every input but the content's AsciiDoc files ({@link UpToDateCheck.Inputs#frame})
     * @param last  what the last build into this output kept for this frame ({@link UpToDateCheck#lastState}), or null
     *              for a whole build
     */
    public static Report build(SiteSettings settings, Consumer<BuildMessage> progress, ProgressDisplay display, String frame,
                               BuildState last) throws IOException {
        return new SiteBuild(settings, progress, display, null, false, () -> false, frame, last).run(Mode.PUBLISH, SiteChange.EVERYTHING, null);
    }

    /**
     * The stages: settings, sources and conversion, catalog and validation, output plan, rendering, link check,
     * publish.
     *
     * @param previous what the output holds (from the last report), or null
     */
    public Report run(Mode mode, SiteChange change, BuiltSite previous) throws IOException {
        long started = System.nanoTime();
        StageTimer.mark("start");
        // Settings: what this build may build on, and where it writes.
        BuiltSite base = change.canBuildOn(previous, settings) ? previous : null;
        // A build command's state: kept when it publishes with the cache on and without PDFs, and built on if given.
        boolean keepsState = base == null && mode == Mode.PUBLISH && frame != null && settings.cache() && !settings.pdfEditions();
        BuildState last = keepsState ? this.last : null;
        // Its frame covers the templates: the last build checked these very ones, whatever else it finds.
        boolean templatesChecked = last != null;
        SiteUrls urls = settings.urls();
        ProblemCollector problems = new ProblemCollector();
        if (base == null) {
            OutputLocation.check(settings.siteRoot(), settings.output());
        }
        StagingDraft staging = base == null ? StagingDraft.open(settings.output(), mode == Mode.PUBLISH, swapLock, progress) : null;
        OutputDraft draft = staging != null ? staging : new InPlaceDraft(settings.output(), swapLock);
        try {
            // Sources (read, decode, header) and conversion.
            SourceReading reading = new SourceReading(settings, urls, AsciidocConverter::shared, settings.conversionCache(), problems, progress,
                display);
            reading.checkFolders();
            // On the last build's state few pages are rendered, and their references are in the reference cache.
            HeadStart.begin(settings.templateFolder(), last == null);
            SourceReading.Sources sources = reading.read(base == null ? Map.of() : base.unchangedBy(change.saved()),
                base == null ? Map.of() : base.documentsByFile());

            // Catalog and validation.
            CatalogBuilder.Result read = new CatalogBuilder(CountryDirectory.load(), ProgrammeDirectory.load(), problems,
                settings.periodical()).remembering(base == null ? Map.of() : base.readings()).build(sources.documents());
            StageTimer.mark("catalog");
            // Cross-references between documents lead to pages the catalog decides: pointed at them here, once.
            Catalog catalog = CrossReferences.resolve(read.catalog(), sources.documents(), settings.contentFolder(), urls, problems);
            StageTimer.mark("cross-references");
            new CatalogValidator(urls, problems).validate(catalog, read.references());
            problems.throwIfAny();
            StageTimer.mark("validate");
            SiteModel site = new SiteModel(catalog, urls, settings.title(), settings.reportingStartMonth(), settings.reportPeriod(),
                settings.pdfEditions(), settings.threads(), problems);
            if (base == null && settings.periodical().licence() == null) {
                // Said by whole builds only: a preview's every save would repeat it.
                // The generator never gives articles a licence the site did not set; the editor learns they have none.
                site.notices().add("config: no site.license.name and site.license.url in jbake.properties: articles carry no licence");
            }
            StageTimer.mark("site model");

            // Output plan: every file copied, and why.
            FilePlanner.Memory planMemory = base == null ? new FilePlanner.Memory() : base.planMemory();
            if (last != null) {
                LastBuildComparison.rememberReferences(last, sources.documents(), sources.conversionKeys(), planMemory);
            }
            FilePlan plan = new FilePlanner(settings, urls.basePath(), problems, planMemory).plan(sources.documents(), catalog.issues());
            problems.throwIfAny();
            StageTimer.mark("file plan");
            String planDigest = keepsState ? ValueDigest.of(plan) : null;
            StageTimer.event("plan digested");
            if (last != null && !last.plan().equals(planDigest)) {
                last = null; // other files copied: rendered whole, as a preview does
            }
            if (base != null && !plan.equals(base.plan())) {
                // A save that changes which files are copied: that is a whole build's work.
                draft.discard();
                return mode == Mode.REHEARSE ? nothingDone(base, sources, started) : run(mode, SiteChange.EVERYTHING, null);
            }
            stopIfRehearsalGivesWay(mode);

            // Rendering: the pages and site files whose inputs changed (on nothing, all), then PDFs and copied files.
            if (base == null && settings.cache()) {
                // Before any page's inputs are worked out: an article's hold its rendered references.
                ReferenceStyles.remember(referenceCache());
            }
            Map<String, BuildState.Document> documents = keepsState
                ? LastBuildComparison.documents(sources.documents(), sources.fileDigests(), sources.conversionKeys(), planMemory, last) : null;
            StageTimer.event("documents digested");
            LastBuildComparison.Result compared = last != null ? LastBuildComparison.compare(last, site, documents) : null;
            PageChanges changes = compared != null ? compared.changes() : base == null ? PageChanges.all(site)
                : PageChanges.since(base, site, sources.documents(), settings.pdfEditions(), change.rehearsedSources(settings));
            StageTimer.mark("page inputs compared");
            if (compared != null && !staging.seed(settings.output(), last.listing(), seedLeavesOut(plan, changes))) {
                // The output is not as the last build left it (edited, or another build's): rendered whole.
                last = null;
                compared = null;
                changes = PageChanges.all(site);
            }
            StageTimer.mark("staging seeded");
            stopIfRehearsalGivesWay(mode);
            freemarker.template.Configuration templates = base == null
                ? SiteTemplateEngine.freemarker(settings.templateFolder().toFile()) : base.templates();
            if (base == null && !templatesChecked) {
                SiteTemplateEngine.checkSyntax(templates, settings.templateFolder(), problems);
                problems.throwIfAny();
            }
            JBakeConfiguration jbake = base == null ? jbakeConfiguration() : base.jbake();
            SiteTemplateEngine engine = new SiteTemplateEngine(jbake, templates, problems);
            boolean digestsPages = keepsState && compared == null;
            List<Rendered> rendered = new PageRenderer(site, engine).render(changes.toRender(), changes.inputs(), page -> {
                String outputPath = page.page().path().outputPath();
                draft.write(outputPath, page.html());
                return new Rendered(LinkChecker.read(outputPath, page.html()), keepsBuiltSite ? page.inputs() : null,
                    digestsPages ? LastBuildComparison.pageDigest(page.page(), page.inputs()) : null);
            });
            StageTimer.mark("render pages");
            // Several at a time: with three reference files beside every article, they are thousands of small files.
            Map<String, String> fileDigests = compared != null ? compared.files() : new HashMap<>();
            try {
                // A whole build that keeps its state digests each file where it writes it, in the same pass.
                boolean digesting = keepsState && compared == null;
                List<Map.Entry<String, String>> files = List.copyOf(changes.written().entrySet());
                List<String> digests = InOrder.map(files, settings.threads(), "site-files", file -> {
                    draft.write(file.getKey(), file.getValue());
                    return digesting ? ValueDigest.of(file.getValue()) : null;
                });
                if (digesting) {
                    for (int i = 0; i < files.size(); i++) {
                        fileDigests.put(files.get(i).getKey(), digests.get(i));
                    }
                }
            } catch (InOrder.TaskFailedException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
            StageTimer.mark("site files");
            stopIfRehearsalGivesWay(mode);
            Set<String> written = new HashSet<>(changes.written().keySet());
            changes.toRender().forEach(page -> written.add(page.path().outputPath()));
            List<LinkChecker.PageReferences> pages = new ArrayList<>(rendered.stream().map(Rendered::references).toList());
            CoverCopies covers = new CoverCopies(settings.cache() ? settings.cacheFolder().resolve("covers") : null, problems);
            if (draft.folder().isPresent()) {
                // Before the copies, so that a content file with a copy's name is reported, not written over.
                written.addAll(covers.write(plan, draft.folder().get()));
                problems.throwIfAny();
                StageTimer.mark("covers");
                FilePlanCopier.copy(plan, draft.folder().get(), problems);
                problems.throwIfAny();
                pages.addAll(copiedPages(plan, draft.folder().get(), written));
                StageTimer.mark("copy files");
                // After the copies: the PDFs show the site's pictures from the output.
                written.addAll(writePdfEditions(site, engine, draft.folder().get()));
            }
            site.notices().stream().sorted().map(BuildMessage::notice).forEach(progress);

            // Link check: every internal link resolves, (on a whole build) every page carries the policy, and the pages
            // follow Google Scholar's rules.
            LinkChecker.SiteLinks before = base != null ? base.links() : last != null ? last.links() : null;
            LinkChecker.SiteLinks links = before == null ? LinkChecker.SiteLinks.of(written, pages) : before.with(written, pages, changes.deleted());
            if (base == null) {
                progress.accept(BuildMessage.routine(last != null ? "render: " + changes.toRender().size() + " of " + links.pageCount()
                    + " pages changed" + (changes.deleted().isEmpty() ? "" : ", " + changes.deleted().size() + " files deleted")
                    : "render: " + links.pageCount() + " pages " + (mode == Mode.PUBLISH ? "written" : "rendered")));
            }
            new LinkChecker(urls.basePath(), problems, settings.siteRoot()).check(links, sourcesByOutput(site),
                before == null ? null : LinkChecker.pagesToCheck(before, links, written, changes.deleted()));
            if (base == null) {
                PagePolicyCheck.check(links, plan, problems);
            }
            // Google Scholar's rules, on what the templates wrote; every page's tags are kept, so a save checks them all.
            ScholarTagCheck.check(links, site, problems);
            problems.throwIfAny();
            if (base == null) {
                progress.accept(BuildMessage.routine("links: every internal link resolves"));
            }
            StageTimer.mark("check links");

            // Publish: the output replaced whole, or file by file on a built site; or, for a check or a rehearsal, nothing.
            if (mode == Mode.PUBLISH) {
                draft.publish(changes.deleted());
                if (base == null) {
                    settings.conversionCache().keepOnly(sources.usedConversions());
                    covers.keepOnlyUsed();
                    if (settings.cache() && (compared == null || compared.everyPageInput())) {
                        // (A build that worked out only some pages' inputs asked for only their references.)
                        ReferenceStyles.keep(referenceCache());
                    }
                }
            } else {
                draft.discard();
            }
            StageTimer.mark("publish");
            BuiltSite built = keepsBuiltSite ? new BuiltSite(sources.documents(), pageInputs(base, changes, rendered), changes.files(), links,
                plan, planMemory, read.readings(), templates, jbake) : null;
            BuildState next = keepsState ? new BuildState(frame, null, planDigest, documents,
                compared != null ? compared.pages() : pageDigests(changes, rendered), fileDigests, links) : null;
            int writtenCount = base != null ? written.size() : last != null ? changes.toRender().size() : links.pageCount();
            return new Report(settings.output(), links.pageCount(), mode == Mode.PUBLISH ? writtenCount : 0,
                mode == Mode.PUBLISH ? changes.deleted().size() : 0, base == null && last == null, millisSince(started), built,
                sources.fileDigests(), next);
        } catch (IOException | RuntimeException e) {
            draft.discard();
            throw e;
        }
    }

    /** One rendered page as the build keeps it: what it links to, and (for a built site) its inputs or (for a build state) their digest. */
    private record Rendered(LinkChecker.PageReferences references, PageInputs inputs, String digest) {
    }

    /**
     * What a seeded staging folder leaves out of the output's files: those the build copies or makes again (the
     * covers' resized copies included: they are written, never linked, so no write can reach the live version's file),
     * and those it deletes.
     */
    private static Set<String> seedLeavesOut(FilePlan plan, PageChanges changes) {
        Set<String> leftOut = new HashSet<>(changes.deleted());
        plan.files().forEach(file -> leftOut.add(file.outputPath()));
        plan.covers().forEach(cover -> cover.copies().forEach(size -> leftOut.add(size.path())));
        return leftOut;
    }

    /** The digest of every page a whole build rendered, by output path. */
    private static Map<String, String> pageDigests(PageChanges changes, List<Rendered> rendered) {
        Map<String, String> digests = new HashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            digests.put(changes.toRender().get(i).path().outputPath(), rendered.get(i).digest());
        }
        return digests;
    }

    private void stopIfRehearsalGivesWay(Mode mode) {
        if (mode == Mode.REHEARSE && stopRehearsal.getAsBoolean()) {
            throw new Stopped();
        }
    }

    private Report nothingDone(BuiltSite base, SourceReading.Sources sources, long started) {
        return new Report(settings.output(), base.pageCount(), 0, 0, false, millisSince(started), base, sources.fileDigests(), null);
    }

    /** The rendered "How to cite" references a whole build keeps for the next one, in the build cache. */
    private Path referenceCache() {
        return settings.cacheFolder().resolve("references.json");
    }

    private JBakeConfiguration jbakeConfiguration() {
        try {
            return JBakeSetup.configuration(settings, settings.output(), JBakeSetup.siteProperties(settings.siteRoot()));
        } catch (ConfigurationException | IOException e) {
            throw new SiteProblemsException(new Problem("config", "jbake.properties", 0, "cannot read: " + e.getMessage()));
        }
    }

    private List<String> writePdfEditions(SiteModel site, SiteTemplateEngine engine, Path folder) throws IOException {
        if (!settings.pdfEditions()) {
            return List.of();
        }
        progress.accept(BuildMessage.routine("pdf: writing " + PdfEditions.count(site.catalog()) + " PDF editions"));
        PdfEditions.Written pdfs;
        try (ProgressLine line = display.start("pdf", PdfEditions.count(site.catalog()), "PDF editions", 1)) {
            pdfs = PdfEditions.write(site, engine, folder, settings.cache() ? settings.cacheFolder().resolve("pdf") : null, line);
            line.finish();
        }
        progress.accept(BuildMessage.routine("pdf: " + pdfs.outputPaths().size() + " PDF editions written, "
            + pdfs.fromCache() + " of them from the cache"));
        StageTimer.mark("pdf editions");
        return pdfs.outputPaths();
    }

    /** The HTML files the plan copied as they are (only under {@code content.raw-html=trusted}): pages whose links are checked too. */
    private static List<LinkChecker.PageReferences> copiedPages(FilePlan plan, Path folder, Set<String> written) throws IOException {
        List<LinkChecker.PageReferences> pages = new ArrayList<>();
        for (FilePlan.CopiedFile file : plan.files()) {
            written.add(file.outputPath());
            if (file.outputPath().endsWith(".html")) {
                pages.add(LinkChecker.read(file.outputPath(), Files.readString(folder.resolve(file.outputPath()))));
            }
        }
        return pages;
    }

    /** Each page's inputs in the site now: those worked out this time, else (for pages not rendered again) the built site's. */
    private static Map<String, PageInputs> pageInputs(BuiltSite base, PageChanges changes, List<Rendered> rendered) {
        if (base != null) {
            return changes.inputs();
        }
        Map<String, PageInputs> inputs = new HashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            inputs.put(changes.toRender().get(i).path().outputPath(), rendered.get(i).inputs());
        }
        return inputs;
    }

    /** Output path of each content page to its source file, for the link check's messages. */
    static Map<String, String> sourcesByOutput(SiteModel site) {
        Map<String, String> sources = new HashMap<>();
        for (PageSpec page : site.contentPages()) {
            sources.put(page.path().outputPath(), page.sourcePath());
        }
        return sources;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
