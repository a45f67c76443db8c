package net.techmonitor.site.pipeline;

import net.techmonitor.site.cache.ValueDigest;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.render.PageInputs;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.timing.StageTimer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link PageChanges} for a {@code build} on what the last one left ({@link BuildState}): each page's inputs digested
 * and compared with the last build's digest, each site file's text likewise. The same decisions as a preview's save
 * ({@link PageChanges#since}), made on digests instead of the inputs kept in memory: when nothing but bodies changed
 * (the same documents, each with the same place, header and status), only the pages that show those bodies and the
 * search index can have changed ({@link BodyChanges}), and only theirs are worked out.
 */
final class LastBuildComparison {

    /**
     * What changed, and the digests the next build compares with.
     *
     * @param pages          the digest of every page now, by output path
     * @param files          the digest of every site file now, by output path
     * @param everyPageInput whether every page's inputs were worked out (else only the pages of the bodies that changed)
     */
    record Result(PageChanges changes, Map<String, String> pages, Map<String, String> files, boolean everyPageInput) {
    }

    private LastBuildComparison() {
    }

    static Result compare(BuildState last, SiteModel site, Map<String, BuildState.Document> documents) {
        List<PageSpec> pages = site.allPages();
        Optional<Set<String>> bodiesChanged = onlyBodiesChanged(last.documents(), documents);
        List<PageSpec> workedOut = bodiesChanged.isEmpty() ? pages
            : BodyChanges.pagesShowing(site, pages, bodiesChanged.get(), last.pages().keySet());
        List<Digested> digested = InOrder.map(workedOut, site.threads(), "page-inputs", page -> {
            PageInputs inputs = site.inputs(page);
            return new Digested(page, inputs, pageDigest(page, inputs));
        });

        StageTimer.event("page inputs digested");
        Map<String, String> pageDigests = new HashMap<>();
        Set<String> now = new HashSet<>();
        pages.forEach(page -> now.add(page.path().outputPath()));
        if (bodiesChanged.isPresent()) {
            last.pages().forEach((path, digest) -> {
                if (now.contains(path)) {
                    pageDigests.put(path, digest);
                }
            });
        }
        List<PageSpec> toRender = new ArrayList<>();
        Map<String, PageInputs> inputs = new HashMap<>();
        for (Digested page : digested) {
            String outputPath = page.page().path().outputPath();
            pageDigests.put(outputPath, page.digest());
            if (!page.digest().equals(last.pages().get(outputPath))) {
                toRender.add(page.page());
                inputs.put(outputPath, page.inputs());
            }
        }

        // Only the site files that can hold bodies can have changed with them (BodyChanges).
        Map<String, String> files = bodiesChanged.isPresent() ? BodyChanges.filesWithBodies(site) : site.siteFiles();
        StageTimer.event("site files made");
        Map<String, String> fileDigests = new HashMap<>();
        if (bodiesChanged.isPresent()) {
            last.files().forEach((path, digest) -> {
                if (!BodyChanges.holdsBodies(site, path)) {
                    fileDigests.put(path, digest);
                }
            });
        }
        Map<String, String> written = new TreeMap<>();
        files.forEach((path, text) -> {
            String digest = ValueDigest.of(text);
            fileDigests.put(path, digest);
            if (!digest.equals(last.files().get(path))) {
                written.put(path, text);
            }
        });

        Set<String> deleted = new TreeSet<>();
        last.pages().keySet().stream().filter(path -> !now.contains(path)).forEach(deleted::add);
        last.files().keySet().stream().filter(path -> !fileDigests.containsKey(path)).forEach(deleted::add);
        return new Result(new PageChanges(toRender, inputs, files, written, deleted), pageDigests, fileDigests, bodiesChanged.isEmpty());
    }

    /** One page's inputs and their digest. */
    private record Digested(PageSpec page, PageInputs inputs, String digest) {
    }

    /** What a page is made from: its template (by its kind), its address and source, and its inputs. */
    static String pageDigest(PageSpec page, PageInputs inputs) {
        return ValueDigest.of(page.kind(), page.path().url(), page.sourcePath(), inputs);
    }

    /**
     * Each document as a build state keeps it, by site path (see {@link BuildState.Document}). The digest of a document
     * whose file is as the last build read it (the same bytes at the same path) is the last build's.
     *
     * @param last the last build's state, or null
     */
    static Map<String, BuildState.Document> documents(List<LoadedDocument> documents, Map<Path, String> fileDigests,
                                                      Map<Path, String> conversionKeys, FilePlanner.Memory plan, BuildState last) {
        Map<String, BuildState.Document> digests = new HashMap<>();
        for (LoadedDocument document : documents) {
            Path file = document.file().toAbsolutePath().normalize();
            String key = conversionKeys.get(file);
            String fileDigest = fileDigests.getOrDefault(file, "");
            BuildState.Document then = last == null ? null : last.documents().get(document.sitePath());
            String header = then != null && !fileDigest.isEmpty() && then.file().equals(fileDigest) ? then.header()
                : ValueDigest.of(document.place(), document.header(), document.published());
            digests.put(document.sitePath(), new BuildState.Document(fileDigest, header, key == null ? "" : key, plan.references(document)));
        }
        return digests;
    }

    /** Gives the file plan what the last build's plan read of each body converted alike (the same conversion key). */
    static void rememberReferences(BuildState last, List<LoadedDocument> documents, Map<Path, String> conversionKeys, FilePlanner.Memory plan) {
        for (LoadedDocument document : documents) {
            BuildState.Document then = last.documents().get(document.sitePath());
            String key = conversionKeys.get(document.file().toAbsolutePath().normalize());
            if (then != null && key != null && document.published() && key.equals(then.body())) {
                plan.remember(document, then.references());
            }
        }
    }

    /** The site paths of the documents whose body changed, when nothing else did; empty otherwise. */
    private static Optional<Set<String>> onlyBodiesChanged(Map<String, BuildState.Document> before, Map<String, BuildState.Document> now) {
        if (!before.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, BuildState.Document> document : now.entrySet()) {
            BuildState.Document then = before.get(document.getKey());
            if (!then.header().equals(document.getValue().header())) {
                return Optional.empty();
            }
            if (!then.body().equals(document.getValue().body())) {
                changed.add(document.getKey());
            }
        }
        return Optional.of(changed);
    }
}
