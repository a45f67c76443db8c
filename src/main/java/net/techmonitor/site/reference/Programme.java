package net.techmonitor.site.reference;

/** One of the Centre's programme areas (reference data, not content). */
public record Programme(String id, String title, String summary) {
}
