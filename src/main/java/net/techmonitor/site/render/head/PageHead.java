package net.techmonitor.site.render.head;

import net.techmonitor.site.render.view.Link;

import java.util.List;

/**
 * What a page's head carries for indexers and feed readers, beyond title and description.
 *
 * @param canonical absolute URL of the page
 * @param tags      Open Graph, Google Scholar ({@code citation_*}) and Dublin Core ({@code DC.*}) tags
 * @param jsonLd    schema.org JSON-LD, already safe to place inside a script element, or null
 * @param feeds     Atom feeds of the page, for {@code <link rel="alternate">}
 */
public record PageHead(String canonical, List<MetaTag> tags, String jsonLd, List<Link> feeds) {
}
