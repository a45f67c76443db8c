package net.techmonitor.site.render.view;

import java.util.List;

/**
 * What every page shows around its content: the site's name, its navigation, its stylesheet and its icon.
 *
 * @param iconUrl the site's icon ({@code assets/favicon.svg}, copied as every asset is), under the base path
 * @param issn the periodical's ISSN ({@code site.issn}), for the footer, or null when the site sets none
 */
public record SiteView(String title, String publisher, String homeUrl, String stylesheetUrl, String iconUrl, List<Link> navigation, String issn) {
}
