/**
 * Crawl and convert. In: the {@code content/} folder. Out: loaded documents (header, place, converted body),
 * and, through {@link net.techmonitor.site.crawl.ContentCrawler}, JBake documents in the content store.
 */
package net.techmonitor.site.crawl;
