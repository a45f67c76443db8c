package net.techmonitor.site.pipeline;

import java.util.Map;

/**
 * What a successful {@code build} left in its output, kept in the build cache for the next {@code build}, in another
 * process, to build on: what {@code serve} keeps in memory ({@link BuiltSite}), reduced to digests. Two equal page
 * inputs render to the same bytes ({@link net.techmonitor.site.render.PageInputs}), so equal digests of them do too,
 * and the next build renders only the pages whose digest changed.
 *
 * @param frame     the digest of every input but the content's AsciiDoc files (the generator, the settings,
 *                  {@code jbake.properties}, templates, assets and the other files of {@code content/}): a next build
 *                  with another frame renders everything
 * @param listing   the digest of the output's listing (every file's path, size and modification time) when the build
 *                  had published it: an output that no longer matches it is not what the digests describe
 * @param plan      the digest of the file plan: a next build that copies other files renders everything
 * @param documents each content document by its site path ({@code content/issues/2018-q3/x.adoc})
 * @param pages     the digest of each page's inputs (and template), by output path
 * @param files     the digest of each site file's text (feeds, calendar, sitemap, search index, references), by output path
 * @param links     what the link check read of every page, for the pages the next build does not render
 */
public record BuildState(String frame, String listing, String plan, Map<String, Document> documents, Map<String, String> pages,
                         Map<String, String> files, LinkChecker.SiteLinks links) {

    /**
     * One document as the last build read it.
     *
     * @param file       the digest of its file's bytes ({@link net.techmonitor.site.cache.FileDigests}): a next build
     *                   takes the header's digest of a file as it was instead of working it out again
     * @param header     the digest of everything but its body: its place, header and status
     * @param body       the key of its conversion (which covers its text and every file it includes), or "" for a draft
     * @param references what its body refers to, as the file plan read it (none for a draft): the next plan takes
     *                   them for a body of the same key instead of reading the body again
     */
    public record Document(String file, String header, String body, java.util.List<String> references) {
    }

    /** The same state, with the listing of the output its build published. */
    BuildState withListing(String publishedListing) {
        return new BuildState(frame, publishedListing, plan, documents, pages, files, links);
    }
}
