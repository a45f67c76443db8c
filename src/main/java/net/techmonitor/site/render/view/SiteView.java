package net.techmonitor.site.render.view;

import java.util.List;

/** What every page shows around its content: the site's name, its navigation and its stylesheet. */
public record SiteView(String title, String publisher, String homeUrl, String stylesheetUrl, List<Link> navigation) {
}
