package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.timing.StageTimer;

import net.techmonitor.site.cache.ConversionCache;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.crawl.ContentCrawler;
import net.techmonitor.site.crawl.SiteLoader;
import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.render.CatalogContentStore;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.urls.SiteUrls;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * The whole build, one stage a line:
 * <pre>
 * load config -> check the output's place, lock it, stage -> JBake's utensils in CatalogOven [ crawl + convert
 *   -> build catalog -> validate -> render pages (our rendering tools, through JBake's Renderer) ]
 *   -> plan and copy files (assets, files the published bodies refer to) -> check links and page policies
 *   -> publish atomically (or, for a check, discard)
 * </pre>
 * Any problem stops the build before publishing; the previous output is left as it was.
 */
public final class SiteBuild {

    /** Whether the result replaces the output ({@code build}, {@code serve}) or is thrown away ({@code check}). */
    public enum Mode { PUBLISH, CHECK }

    /**
     * What a successful build did; with the site model and the link check's reading of the output, which a
     * preview keeps to rebuild only what a save changed.
     */
    public record Report(Path output, int pages, long millis, SiteLoader.Loaded loaded, LinkChecker.SiteLinks links, FilePlan plan) {
    }

    private SiteBuild() {
    }

    public static Report run(SiteSettings settings) throws IOException {
        return run(settings, Mode.PUBLISH, message -> { });
    }

    public static Report run(SiteSettings settings, Mode mode, Consumer<BuildMessage> progress) throws IOException {
        return run(settings, mode, progress, null);
    }

    /** @param swapLock held while the new output is swapped in (the preview server reads under its read side), or null */
    public static Report run(SiteSettings settings, Mode mode, Consumer<BuildMessage> progress, Lock swapLock) throws IOException {
        long started = System.nanoTime();
        StageTimer.mark("start");
        SiteUrls urls = settings.urls();
        OutputLocation.check(settings.siteRoot(), settings.output());
        SitePublisher publisher = new SitePublisher(settings.output(), swapLock);
        Path staging = publisher.prepareStaging(mode == Mode.PUBLISH);
        if (publisher.recovered()) {
            // Routine, not a notice: it is about this run, and an up-to-date build must not repeat it.
            progress.accept(BuildMessage.routine("publish: restored the last complete site into " + settings.output()
                + " (an earlier build was stopped while it replaced the output)"));
        }
        ProblemCollector problems = new ProblemCollector();
        try {
            CatalogContentStore store = new CatalogContentStore();
            DefaultJBakeConfiguration configuration = JBakeSetup.configuration(settings, staging, JBakeSetup.siteProperties(settings.siteRoot()));
            ConversionCache cache = settings.conversionCache();
            ContentCrawler crawler = new ContentCrawler(store, configuration,
                new SiteLoader(settings, urls, AsciidocConverter::shared, cache, problems, progress));
            CatalogOven oven = new CatalogOven(JBakeSetup.utensils(configuration, settings, urls, store, crawler));
            oven.bake();
            problems.throwIfAny();
            if (!oven.errors().isEmpty()) {
                throw new SiteProblemsException(oven.errors().stream()
                    .map(error -> new Problem("render", "output", 0, String.valueOf(error.getMessage()).strip())).toList());
            }
            // Pages and site files are written; now the files the plan copies, each with its reason, and nothing else.
            FilePlan plan = new FilePlanner(settings, urls.basePath(), problems).plan(crawler.loaded().documents());
            problems.throwIfAny();
            FilePlanCopier.copy(plan, staging, problems);
            problems.throwIfAny();
            StageTimer.mark("copy files");
            store.site().notices().stream().sorted().map(BuildMessage::notice).forEach(progress);
            // The link check's reading of the output counts its pages too: one walk of the folder, not two.
            LinkChecker checker = new LinkChecker(urls.basePath(), settings.threads(), problems);
            LinkChecker.SiteLinks links = checker.read(staging);
            int pages = links.pageCount();
            progress.accept(BuildMessage.routine("render: " + pages + " pages written"));
            checker.check(links, sourcesByOutput(store.site()));
            PagePolicyCheck.check(links, plan, problems);
            problems.throwIfAny();
            progress.accept(BuildMessage.routine("links: every internal link resolves"));
            StageTimer.mark("check links");
            if (mode == Mode.PUBLISH) {
                publisher.publish(staging);
                publisher.leftBehind().ifPresent(left -> progress.accept(BuildMessage.routine("publish: " + left)));
                cache.keepOnly(crawler.loaded().usedConversions());
            } else {
                publisher.discard(staging);
            }
            StageTimer.mark("publish");
            return new Report(settings.output(), pages, (System.nanoTime() - started) / 1_000_000, crawler.loaded(), links, plan);
        } catch (IOException | RuntimeException e) {
            publisher.discard(staging);
            throw e;
        } catch (ConfigurationException e) {
            publisher.discard(staging);
            throw new SiteProblemsException(new Problem("config", "jbake.properties", 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Output path of each content page to its source file, for the link check's messages. */
    static Map<String, String> sourcesByOutput(SiteModel site) {
        Map<String, String> sources = new HashMap<>();
        for (PageSpec page : site.contentPages()) {
            sources.put(page.path().outputPath(), page.sourcePath());
        }
        return sources;
    }
}
