/**
 * Site search, at build time. In: the catalog and the URL authority. Out: the search index's files (a small
 * manifest, term shards by prefix, documents' display data in chunks; docs/search-index.md), made so that a query
 * downloads only the few files it needs, and so that a preview save makes again only what its change touched.
 */
package net.techmonitor.site.render.search;
