/**
 * The sources and conversion stages. In: the {@code content/} folder. Out: loaded documents (header, place,
 * converted body), with the cache keys and file digests they were made from
 * ({@link net.techmonitor.site.crawl.SourceReading.Sources}).
 */
package net.techmonitor.site.crawl;
