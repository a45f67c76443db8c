package net.techmonitor.site.pipeline;

import net.techmonitor.site.catalog.Cover;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every file a build copies into the site, decided before any is copied, each with why it is there: a site asset
 * from {@code assets/}, or a file beside a published document that the document's body refers to. Pages and the
 * generated site files (feeds, sitemap, search index) are written by the renderers, and the resized copies of the
 * issues' covers by {@link CoverCopies}; nothing else reaches the output.
 *
 * @param files      sorted by output path; no two share one
 * @param covers     the PNG and JPEG covers, each with the resized copies of it the build makes, by output path
 * @param notCopied  the other files of {@code content/} that could be published (not AsciiDoc, not hidden, not a
 *                   partial) but that no published document refers to, by output path: none may take the path of a
 *                   generated file either, or an editor would think it published
 */
record FilePlan(List<CopiedFile> files, Map<String, String> notCopied, List<ResizedCover> covers) {

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

    /**
     * A PNG or JPEG cover, itself among the {@link #files()}, and the copies of it in other sizes.
     *
     * @param source    the cover's file
     * @param sitePath  its path in the site folder, for messages
     * @param issuePath the issue's file in the site folder ({@code content/issues/2020-q1/index.adoc}), for messages
     * @param line      the line of {@code :cover:} in it
     * @param copies    what the build makes of it, narrowest first ({@link Cover#resized()}); may be none (a cover too
     *                  small for any), when the file is still decoded once, so that a damaged file is found
     */
    record ResizedCover(Path source, String sitePath, String issuePath, int line, List<Cover.Size> copies) {
    }
}
