package net.techmonitor.site.pipeline;

import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.render.PageInputs;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.source.LoadedDocument;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which pages and site files a build writes, and which it deletes. On nothing (a whole build): every page and every
 * site file. On a built site: each page's {@link PageInputs} compared with the built site's, and only the pages
 * whose inputs changed; the site files that differ; what no longer exists.
 *
 * @param toRender the pages to render, in site order
 * @param inputs   each page's inputs where they were worked out here, by output path (all pages when building on a
 *                 site; none on a whole build, whose renderer works them out)
 * @param files    every site file (feeds, calendar, sitemap, search index files, robots.txt) by output path
 * @param written  the site files to write, by output path
 * @param deleted  output paths of the built site's pages and files that are gone
 */
record PageChanges(List<PageSpec> toRender, Map<String, PageInputs> inputs, Map<String, String> files,
                   Map<String, String> written, Set<String> deleted) {

    static PageChanges all(SiteModel site) {
        Map<String, String> files = site.siteFiles();
        return new PageChanges(site.allPages(), Map.of(), files, files, Set.of());
    }

    /**
     * @param rehearsedSources sources whose pages are rendered even when unchanged (a rehearsal warms their path)
     */
    static PageChanges since(BuiltSite built, SiteModel site, List<LoadedDocument> documents, boolean pdfEditions,
                             Set<String> rehearsedSources) {
        List<PageSpec> pages = site.allPages();
        Optional<Set<String>> bodiesChanged = pdfEditions ? Optional.empty() : onlyBodiesChanged(built.documents(), documents);
        Map<String, PageInputs> inputs = inputsAfter(built, site, pages, bodiesChanged);
        List<PageSpec> changed = pages.stream()
            .filter(page -> !Objects.equals(built.pages().get(page.path().outputPath()), inputs.get(page.path().outputPath()))
                || page.sourcePath() != null && rehearsedSources.contains(page.sourcePath()))
            .toList();
        Map<String, String> files = bodiesChanged.isPresent() ? withSearchIndexAgain(built, site) : site.siteFiles();
        Map<String, String> written = new TreeMap<>();
        files.forEach((path, text) -> {
            if (!text.equals(built.files().get(path))) {
                written.put(path, text);
            }
        });
        Set<String> deleted = new TreeSet<>();
        built.pages().keySet().stream().filter(path -> !inputs.containsKey(path)).forEach(deleted::add);
        built.files().keySet().stream().filter(path -> !files.containsKey(path)).forEach(deleted::add);
        return new PageChanges(changed, inputs, files, written, deleted);
    }

    /**
     * Each page's inputs after a save. A save that changed only bodies (the commonest: an editor writing) changes only
     * the pages that show those bodies ({@link BodyChanges}: most pages show titles, dates and descriptions, all from
     * headers). Then only those pages' inputs are worked out, and every other page keeps the built site's.
     * Any other change works out every page's, most of such a save's time on a large site.
     *
     * <p>A body's cross-references to other documents ({@code CrossReferences}) hold those documents' page URLs and
     * titles, which come from their places and headers, never from their bodies: a save that changes another
     * document's title or place is not a body-only save, so the referring page's inputs are worked out again; a save
     * of the other document's body leaves them as they were, as a whole build would.</p>
     */
    private static Map<String, PageInputs> inputsAfter(BuiltSite built, SiteModel site, List<PageSpec> pages,
                                                       Optional<Set<String>> bodiesChanged) {
        if (bodiesChanged.isEmpty()) {
            return inputsByOutput(site, pages);
        }
        Map<String, PageInputs> inputs = new HashMap<>(built.pages());
        inputs.putAll(inputsByOutput(site, BodyChanges.pagesShowing(site, pages, bodiesChanged.get(), built.pages().keySet())));
        return inputs;
    }

    /**
     * The site files after a save that changed only bodies: the built site's, with those that can hold bodies made
     * again ({@link BodyChanges}; the built ones left out, so that a shard or chunk whose name changed is deleted).
     */
    private static Map<String, String> withSearchIndexAgain(BuiltSite built, SiteModel site) {
        Map<String, String> files = new LinkedHashMap<>();
        built.files().forEach((path, text) -> {
            if (!BodyChanges.holdsBodies(site, path)) {
                files.put(path, text);
            }
        });
        files.putAll(BodyChanges.filesWithBodies(site));
        return files;
    }

    /**
     * The documents whose body changed, when nothing else did: the same files, each with the same place, header
     * (title, every attribute and their lines) and status as in the built site. Empty otherwise.
     */
    private static Optional<Set<String>> onlyBodiesChanged(List<LoadedDocument> before, List<LoadedDocument> documents) {
        if (documents.size() != before.size()) {
            return Optional.empty();
        }
        Map<Path, LoadedDocument> byFile = new HashMap<>();
        before.forEach(document -> byFile.put(document.file(), document));
        Set<String> changed = new java.util.HashSet<>();
        for (LoadedDocument now : documents) {
            LoadedDocument then = byFile.get(now.file());
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
}
