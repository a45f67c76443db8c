package net.techmonitor.site.catalog;

import net.techmonitor.site.source.LoadedDocument;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads an issue's {@code :cover:} and {@code :cover-alt:}: a PNG, JPEG or SVG file beside its {@code index.adoc} (in
 * its folder or below), with text saying what it shows, and the size read from the file. The file plan publishes it
 * because the issue refers to it.
 */
final class CoverReading {
    /** Path segments of plain file names: no '_' partials or '.' hidden files, nothing a URL must escape. */
    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /**
     * The most pixels a PNG or JPEG cover may have: it is decoded whole to be resized, four bytes a pixel, and a file
     * of a few kilobytes can claim billions. 40 megapixels is more than any camera or scanner's cover needs.
     */
    static final long MAX_PIXELS = 40_000_000L;

    private CoverReading() {
    }

    /** @return the cover, or null when there is none or after reporting what is wrong with it */
    static Cover read(HeaderFields fields, LoadedDocument document) {
        String written = fields.optional("cover").orElse(null);
        String alt = fields.optional("cover-alt").orElse(null);
        if (written == null) {
            if (alt != null) {
                fields.problem(fields.lineOf("cover-alt"), "a :cover-alt: describes the cover, and this issue has none (expected a"
                    + " :cover: too, e.g. ':cover: cover.jpg', or no :cover-alt:)");
            }
            return null;
        }
        if (alt == null) {
            fields.problem(fields.lineOf("cover"), "the cover has no text for readers who cannot see it (expected a :cover-alt: saying"
                + " what the cover shows, e.g. ':cover-alt: A solar farm beside rice fields')");
        }
        if (!written.matches(SEGMENT + "(?:/" + SEGMENT + ")*") || written.contains("..")) {
            fields.problem(fields.lineOf("cover"), "bad file name '" + written + "' in :cover: (expected a file beside index.adoc, in"
                + " its folder or below, named with letters, digits, '.', '-' and '_', e.g. ':cover: cover.jpg')");
            return null;
        }
        if (!ImageSize.isKnownKind(written)) {
            int dot = written.lastIndexOf('.');
            String kind = dot < 0 ? "a file without an extension" : "a ." + written.substring(dot + 1) + " file";
            fields.problem(fields.lineOf("cover"), "cover '" + written + "' is " + kind + ", whose size the generator cannot read"
                + " (expected a PNG, JPEG or SVG image, named ." + ImageSize.KINDS.replace(", ", ", .") + ")");
            return null;
        }
        Path folder = document.file().toAbsolutePath().normalize().getParent();
        Path file = folder.resolve(written).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            fields.problem(fields.lineOf("cover"), "no file '" + written + "' beside this issue for :cover: (expected the image in "
                + parentSitePath(document) + ")");
            return null;
        }
        ImageSize.Size size;
        try {
            size = ImageSize.of(file);
        } catch (ImageSize.Unreadable e) {
            fields.problem(fields.lineOf("cover"), "cover '" + written + "' " + e.getMessage() + " (expected a PNG, JPEG or SVG image)");
            return null;
        }
        String folderPath = document.place().folder();
        String contentPath = "issues/" + folderPath + "/" + written;
        Cover cover = new Cover(contentPath, alt == null ? "" : alt, size.width(), size.height(), fields.lineOf("cover"));
        // Judged from the size in the file's header, before anything decodes its pixels.
        if (cover.raster() && (long) size.width() * size.height() > MAX_PIXELS) {
            fields.problem(fields.lineOf("cover"), String.format(java.util.Locale.ROOT, "cover '%s' is %d × %d pixels (%.1f megapixels),"
                + " too large to resize (expected at most %d megapixels; a cover needs no more than %d pixels across: save it smaller)",
                written, size.width(), size.height(), (double) size.width() * size.height() / 1_000_000, MAX_PIXELS / 1_000_000,
                Cover.WIDTHS.get(Cover.WIDTHS.size() - 1)));
            return null;
        }
        return cover;
    }

    private static String parentSitePath(LoadedDocument document) {
        String path = document.sitePath();
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
