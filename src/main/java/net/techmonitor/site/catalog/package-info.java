/**
 * The catalog: typed records of the site's content. In: loaded documents (headers with line numbers, converted
 * bodies). Out: one read-only {@link net.techmonitor.site.catalog.Catalog} of published issues, articles,
 * activities, themes, partners, pages and contributions with typed look-ups, plus every problem at its line.
 */
package net.techmonitor.site.catalog;
