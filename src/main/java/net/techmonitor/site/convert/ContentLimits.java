package net.techmonitor.site.convert;

/**
 * What one document may cost to convert. Content may come from outside authors through pull requests, and Asciidoctor
 * has no limits of its own that a document cannot raise: an include bomb, thousands of nested lists or blocks, a huge
 * line of inline markup or attributes that double at each step would stop the build for good or exhaust the machine.
 * Each limit is a content problem with its own message; the time limit catches what the others do not foresee.
 *
 * @param seconds       wall time of one document's conversion ({@code content.limit.seconds})
 * @param fileBytes     size of one source file ({@code content.limit.file-size}, bytes)
 * @param lineLength    characters on one line ({@code content.limit.line-length})
 * @param nesting       levels of nested blocks and lists ({@code content.limit.nesting})
 * @param includeDepth  includes within includes ({@code content.limit.include-depth})
 * @param expandedBytes characters a document may grow to through its includes and attribute references
 *                      ({@code content.limit.expanded-size})
 */
public record ContentLimits(int seconds, long fileBytes, int lineLength, int nesting, int includeDepth, long expandedBytes) {

    /**
     * Generous for real content (the benchmark's articles are 8 KB, a 5 MB page with thousands of sections converts in
     * a few seconds, a paragraph is rarely longer than a few thousand characters) and far below what hurts.
     */
    public static final ContentLimits DEFAULTS = new ContentLimits(60, 10_000_000, 100_000, 100, 8, 20_000_000);

    /** The values that decide whether a conversion succeeds: part of a cached conversion's key (every component). */
    public String key() {
        return toString();
    }
}
