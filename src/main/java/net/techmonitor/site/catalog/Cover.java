package net.techmonitor.site.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An issue's cover image, a file beside its {@code index.adoc}, and the sizes pages show it in.
 *
 * <p>A PNG or JPEG cover is offered in the {@link #WIDTHS} widths, made at build time from the file and never wider
 * than it: where a width is not below the file's own, the file itself stands in for it. Open Graph gets
 * {@link #OPEN_GRAPH_WIDTH} pixels, the width its consumers ask for, where the file is that wide. An SVG scales by
 * itself and is only ever offered as it is.</p>
 *
 * @param path   the file's path under {@code content/} ("issues/2020-q1/cover.png"), which is also its output path
 * @param alt    what the cover shows, for readers who cannot see it ({@code :cover-alt:})
 * @param width  its width in pixels (an SVG's in user units), read from the file
 * @param height its height, read from the file
 * @param line   the line of {@code :cover:} in the file, for problems found when the file is resized
 */
public record Cover(String path, String alt, int width, int height, int line) {
    /** The widths a PNG or JPEG cover is offered in, in pixels: a phone's card, a desktop's issue page, twice both. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1280);
    /** The width of the image shared by Open Graph (Facebook and LinkedIn ask for 1200 pixels). */
    public static final int OPEN_GRAPH_WIDTH = 1200;
    /** The width of the image a browser that ignores {@code srcset} loads. */
    static final int FALLBACK_WIDTH = 640;

    /**
     * One size of the cover.
     *
     * @param path    its path under {@code content/} and in the output: the cover's own, or for a resized copy the
     *                cover's with "-320w" before the extension
     * @param resized whether it is a copy the build makes, rather than the cover's file itself
     */
    public record Size(String path, int width, int height, boolean resized) {
    }

    /** Whether the cover is a PNG or JPEG, made in other sizes; else an SVG. */
    public boolean raster() {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg");
    }

    /** The sizes a page offers in {@code srcset}, narrowest first: the {@link #WIDTHS} up to the file's own width. */
    public List<Size> sizes() {
        if (!raster()) {
            return List.of(original());
        }
        List<Size> sizes = new ArrayList<>();
        for (int wanted : WIDTHS) {
            sizes.add(sized(wanted));
            if (wanted >= width) {
                break;
            }
        }
        return List.copyOf(sizes);
    }

    /** The size a browser loads when it does not read {@code srcset}. */
    public Size fallback() {
        return raster() ? sized(FALLBACK_WIDTH) : original();
    }

    /** The size shared by Open Graph. */
    public Size openGraph() {
        return raster() ? sized(OPEN_GRAPH_WIDTH) : original();
    }

    /** The copies the build makes, narrowest first, each once. */
    public List<Size> resized() {
        List<Size> copies = new ArrayList<>();
        for (Size size : sizes()) {
            if (size.resized()) {
                copies.add(size);
            }
        }
        Size shared = openGraph();
        if (shared.resized() && !copies.contains(shared)) {
            copies.add(shared);
        }
        copies.sort(java.util.Comparator.comparingInt(Size::width));
        return List.copyOf(copies);
    }

    private Size original() {
        return new Size(path, width, height, false);
    }

    /** The cover {@code wanted} pixels wide, or the file itself where it is not wider than that: never enlarged. */
    private Size sized(int wanted) {
        if (wanted >= width) {
            return original();
        }
        int dot = path.lastIndexOf('.');
        int scaledHeight = (int) Math.max(1, Math.round((double) height * wanted / width));
        return new Size(path.substring(0, dot) + "-" + wanted + "w" + path.substring(dot), wanted, scaledHeight, true);
    }
}
