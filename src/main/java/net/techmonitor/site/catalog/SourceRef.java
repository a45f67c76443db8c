package net.techmonitor.site.catalog;

/** Where a record came from: the source path relative to the site folder, and the line of its title. */
public record SourceRef(String path, int line) {
}
