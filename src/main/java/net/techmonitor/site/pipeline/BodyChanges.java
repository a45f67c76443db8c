package net.techmonitor.site.pipeline;

import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.SitePages;
import net.techmonitor.site.render.SiteModel;
import net.techmonitor.site.render.search.SearchIndexFiles;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change of bodies alone (the same documents, each with the same place, header and status) can change, for a
 * preview's save ({@link PageChanges#since}) and a build on the last one ({@link LastBuildComparison}) alike: the pages
 * that show one of those bodies ({@link SitePages#showsBodyOf}) and the search index, the one site file with body
 * text. Every other page and site file is made from headers and is as it was.
 */
final class BodyChanges {
    private BodyChanges() {
    }

    /** The pages, in site order, that show a body of these documents (by source path), or are new. */
    static List<PageSpec> pagesShowing(SiteModel site, List<PageSpec> pages, Set<String> bodiesChanged, Set<String> known) {
        return pages.stream()
            .filter(page -> !known.contains(page.path().outputPath())
                || SitePages.showsBodyOf(page, site.catalog(), bodiesChanged))
            .toList();
    }

    /** Whether the site file at this output path can hold body text. */
    static boolean holdsBodies(SiteModel site, String outputPath) {
        return outputPath.startsWith(site.urls().searchIndexFolder());
    }

    /** The site files that can hold body text, made again whole: a body can add or remove one of them. */
    static Map<String, String> filesWithBodies(SiteModel site) {
        return SearchIndexFiles.of(site.catalog(), site.urls());
    }
}
