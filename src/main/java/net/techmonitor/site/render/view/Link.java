package net.techmonitor.site.render.view;

/** A link as templates show it: a URL from the URL authority and its text. */
public record Link(String url, String label) {
}
