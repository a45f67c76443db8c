package net.techmonitor.site.catalog;

/**
 * An issue's cover image, a file beside its {@code index.adoc}.
 *
 * @param path   the file's path under {@code content/} ("issues/2020-q1/cover.png"), which is also its output path
 * @param alt    what the cover shows, for readers who cannot see it ({@code :cover-alt:})
 * @param width  its width in pixels (an SVG's in user units), read from the file
 * @param height its height, read from the file
 */
public record Cover(String path, String alt, int width, int height) {
}
