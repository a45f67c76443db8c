package net.techmonitor.site.render.view;

import java.util.List;

/**
 * What every page shows around its content: the site's name, its navigation and its stylesheet.
 *
 * @param issn the periodical's ISSN ({@code site.issn}), for the footer, or null when the site sets none
 */
public record SiteView(String title, String publisher, String homeUrl, String stylesheetUrl, List<Link> navigation, String issn) {
}
