package net.techmonitor.site.render.view;

/** A page's own title, description and URL, for the document head. */
public record PageMeta(String title, String description, String url) {
}
