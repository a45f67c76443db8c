package net.techmonitor.site.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every file a build copies into the site, decided before any is copied, each with why it is there: a site asset
 * from {@code assets/}, or a file beside a published document that the document's body refers to. Pages and the
 * generated site files (feeds, sitemap, search index) are written by the renderers; nothing else reaches the output.
 *
 * @param files      sorted by output path; no two share one
 * @param notCopied  the other files of {@code content/} that could be published (not AsciiDoc, not hidden, not a
 *                   partial) but that no published document refers to, by output path: none may take the path of a
 *                   generated file either, or an editor would think it published
 */
record FilePlan(List<CopiedFile> files, Map<String, String> notCopied) {

    enum Reason { ASSET, REFERENCED }

    /**
     * @param source     the file read
     * @param sitePath   its path in the site folder, for messages ({@code content/issues/2020-q1/chart.png})
     * @param outputPath where it goes in the output ({@code issues/2020-q1/chart.png})
     * @param reason     why it is published
     * @param referredBy for a referenced file, the first published document that refers to it; null for an asset
     */
    record CopiedFile(Path source, String sitePath, String outputPath, Reason reason, String referredBy) {
    }
}
